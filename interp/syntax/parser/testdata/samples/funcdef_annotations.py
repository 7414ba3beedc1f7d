def f(a: int, b: str = "x", *args: list, c: int = 1, **kw: dict) -> bool:
    pass
