import copy
a = [1, [2, 3], {'k': [4]}, (5, [6]), {7, 8}, frozenset([9]), b'x', bytearray(b'y'), 'z', None, 1.5, 2j, range(3)]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2] is a[2], d[3] is a[3], d[3][1] is a[3][1])
print(d[4] is a[4], d[5] is a[5], d[8] is a[8], d[7] is a[7], d[12] is a[12])
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
c = [1]
c.append(c)
e = copy.deepcopy(c)
print(e[1] is e, e is not c, len(e))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)
dd = {'a': shared, 'b': shared}
cd = copy.deepcopy(dd)
print(cd['a'] is cd['b'], list(cd))
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, id(memo) in memo)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.copy({1: 2}), copy.copy({3}))
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)
def f(): pass
print(copy.deepcopy(f) is f)
