a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[2], a[-1], a[1:4], a[::-1], a[::3])
a.append(7); a.extend([8, 8]); a.insert(0, 0); a.insert(100, 99); a.insert(-1, 50)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(8); print(a, a.index(5), a.count(1), 4 in a, 10 not in a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(b, a[:3])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m, [row[1] for row in m])
c = [1, 2, 3]
c[1:2] = [7, 8, 9]; print(c)
c[::2] = [0, 0, 0]; print(c)
del c[0]; print(c)
del c[1:3]; print(c)
c += [4]; c *= 2; print(c)
print([1, 2] + [3], [0] * 4, [1, 2] == [1, 2], [1, 2] < [1, 3], [1, [2]] == [1, [2]])
print(list(range(5)), list("abc"), list((1, 2)), list({1: 2, 3: 4}))
x = [1, 2, 3]
x.append(x)
print(x)
print(max([3, 7, 2]), min([3, 7, 2]), sum([3, 7, 2]), any([0, 0, 1]), all([1, 1, 0]))
s = [5, 3, 5, 1]
print(sorted(s), s, s.index(5, 1))
try:
    s.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    print([1][5])
except IndexError as e:
    print("IndexError:", e)
