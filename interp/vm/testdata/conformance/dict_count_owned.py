# The counting idiom d[k] = d.get(k, c) + n with k a local whose big int
# is rewritten in place elsewhere in the loop (x = x * y): the dict must
# keep each key as it was stored.
def owned_keys():
    d = {}
    x = 3 ** 50
    y = 7
    for j in range(3):
        for i in range(2):
            x = x * y
        d[x] = d.get(x, 0) + 1
    print(sorted(d.items()))
    for k in d:
        print(k % 1000, k in d)


def owned_values():
    d = {}
    x = 5 ** 40
    for j in range(3):
        for i in range(2):
            x = x + x
        d[j] = d.get(j, 0) + 1
        d[x] = d.get(x, 1) + 2
    print(sorted(d.items()))


owned_keys()
owned_values()
