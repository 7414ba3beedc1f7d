a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.insert(0, 8); a.insert(-1, 7); a.insert(100, 0)
print(a, len(a), a.count(5), a.index(5), a.index(5, 7))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.sort(key=lambda x: (x % 3, x)); print(a)
b = a.copy(); b.clear(); print(a == b, b)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [][0]]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
