import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
class P:
    def __init__(self):
        self.items = [1]
p = P(); q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(2)
print(q.items, r.items, type(r).__name__)
class C:
    def __copy__(self):
        print("__copy__")
        return C()
    def __deepcopy__(self, memo):
        print("__deepcopy__")
        return C()
copy.copy(C()); copy.deepcopy([C()])
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc[1] is cyc)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
