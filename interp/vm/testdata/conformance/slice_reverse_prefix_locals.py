# `a[:k + 1] = a[k::-1]` with a and k both locals runs as one instruction
# reading them from the frame; unbound or deleted locals, rebinding between
# runs, and values it does not reverse must behave as the statement does.


def unbound_list(k):
    if False:
        a = []
    a[:k + 1] = a[k::-1]


def unbound_both():
    if False:
        a = k = 0
    a[:k + 1] = a[k::-1]


def deleted(a, k):
    del k
    a[:k + 1] = a[k::-1]


for fn, args in ((unbound_list, (1,)), (unbound_both, ()), (deleted, ([1, 2], 0))):
    try:
        fn(*args)
    except UnboundLocalError as e:
        print(fn.__name__, "UnboundLocalError", e)


def rebinding(values, ks):
    out = []
    for a, k in zip(values, ks):
        try:
            a[:k + 1] = a[k::-1]
            out.append(a if not isinstance(a, list) else list(a))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


class Sub(list):
    def __setitem__(self, i, v):
        print("Sub.__setitem__", i, v)
        list.__setitem__(self, i, v)


vals = [[1, 2, 3], (1, 2, 3), [1, 2, 3], Sub([1, 2, 3]), [1, 2, 3], [1, 2, 3], "abc", bytearray(b"xyz"), [1, 2, 3], [], [9]]
ks = [2, 1, 5, 1, -1, True, 1, 2, -4, 0, 0]
for r in rebinding(vals, ks):
    print(r)


def loop(perm):
    seen = []
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        seen.append(perm[:])
        k = perm[0]
    return seen


print(loop([3, 0, 1, 2]))
print(loop([5, 4, 3, 2, 1, 0]))
big = list(range(40))
big[0], big[39] = 39, 0
print(len(loop(big)), big[:5])
