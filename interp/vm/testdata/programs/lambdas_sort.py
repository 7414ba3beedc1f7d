people = [("alice", 30, 5.5), ("bob", 25, 6.0), ("carol", 35, 5.2), ("dave", 25, 5.9)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[0][-1]))
print(min(people, key=lambda p: p[2])[0], max(people, key=lambda p: (p[1], p[0]))[0])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda: "no args")())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(list(map(lambda x: x ** 2, filter(lambda x: x % 2, range(10)))))
nums = [5, 3, 8, 1]
nums.sort(key=lambda n: -n)
print(nums)
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c")]
stable.sort(key=lambda t: t[0])
print(stable)
stable.sort(key=lambda t: t[0], reverse=True)
print(stable)
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, x=3))
