def f(a: 'str', b: List[int] = [], *, c: Optional[int] = None) -> Dict[str, int]:
    pass
x: List[int] = []
