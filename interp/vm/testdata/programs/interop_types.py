print(1 == 1.0, 1 == True, 0 == False, hash(1) == hash(True), {1: "a", 1.0: "b"}, 2 ** 0.5 == 2 ** 0.5)
print(True + 1, True * 2.5, 3 / True, [10, 20][True], "ab" * True)
print(1 < 1.5 < 2, 10 ** 20 == 1e20, 2 ** 70 == float(2 ** 70), 3 == 3 + 0j)
print(int(2.999), int(-2.999), float(10 ** 20), round(2.5) + round(3.5), 7 // 2.0, 7 % 2.5)
print(isinstance(1.0, float), isinstance(1, float), type(1 + 1.0).__name__, type(2 ** -1).__name__, type(4 // 2).__name__)
print(str(1.0), str(10.0 ** 16), str(1e-4), repr(0.30000000000000004))
print(min(1, 1.0), max(1, 1.0), sorted([3, 1.5, 2, 0.5]), sum([1, 0.5]))
print(bool(0.0), bool(-0.0), bool(1e-300), not None, None is None, [] is not [])
a = [1, 2]
b = a
print(a is b, a == [1, 2], a is [1, 2], id(a) == id(b))
