def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1 != 0 == 0 in [0] not in [[1]] is not None)
a = [1, 2]
print(a is a, a is not a[:], a == a[:], 2 in a, 3 not in a)
print(v(0) or v(""), v(1) and v(0), v([]) or v(5))
