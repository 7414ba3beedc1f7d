tests = [lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: len(1), lambda: int([]), lambda: float("x"), lambda: None[0],
         lambda: 5[0], lambda: {}[[]], lambda: sum(1), lambda: "a" * "b", lambda: [1] * 1.5, lambda: 1 < "a", lambda: -"a",
         lambda: ~1.5, lambda: abs(None), lambda: iter(None), lambda: next([]), lambda: "x".foo, lambda: (1).x, lambda: object().__dict__,
         lambda: int("3", 99), lambda: divmod("a", 1), lambda: round("a"), lambda: "%d" % "s", lambda: chr("a"), lambda: hash([]), lambda: {}.get(),
         lambda: [].append(1, 2), lambda: dict(1), lambda: list(1), lambda: str(b"x", "bad-enc"), lambda: f"{1:q}"]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
