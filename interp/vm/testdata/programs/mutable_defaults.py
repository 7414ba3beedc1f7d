def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
a = [[]] * 3
a[0].append(1)
print(a)
b = [[] for _ in range(3)]
b[0].append(1)
print(b)
orig = {"k": [1, 2]}
shallow = dict(orig)
shallow["k"].append(3)
print(orig)
t = ([1], 2)
t[0].append(5)
print(t)
try:
    t += (3,)
    print(t)
    t[0] += [6]
except TypeError as e:
    print("TypeError:", e, t)
