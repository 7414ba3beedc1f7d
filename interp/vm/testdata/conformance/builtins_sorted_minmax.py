people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]), max(people), min(p[1] for p in people))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.casefold), sorted([]), sorted(range(5), key=lambda x: x % 2))
print(max(1, 2, key=lambda x: -x), max([1, 2], default=0), max((), default=None), max(["aa", "b"], key=len))
try:
    sorted([3], key=5)
except TypeError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
