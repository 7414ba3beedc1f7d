people = [{"n": "Zed", "a": 30}, {"n": "amy", "a": 25}, {"n": "Bob", "a": 30}]
print([p["n"] for p in sorted(people, key=lambda p: p["n"])])
print([p["n"] for p in sorted(people, key=lambda p: p["n"].lower())])
print([p["n"] for p in sorted(people, key=lambda p: (-p["a"], p["n"]))])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in sorted(ops.items())})
key = lambda s: (len(s), s)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=key), max(["ccc", "a", "bb"], key=key))
fns = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fns], (lambda: (yield))().__class__.__name__)
