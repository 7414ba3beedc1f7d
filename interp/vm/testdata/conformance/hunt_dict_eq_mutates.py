# A key whose __eq__ clears or refills the dict being searched: the lookup
# starts over on the new table (CPython's lookdict), never reads the old one.
d = {}


class K:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        d.clear()
        return False


def probe():
    d[K(1)] = 1
    print(d.get(K(1)), d)
    d[K(1)] = 1
    print(K(1) in d, d)
    d[K(1)] = 1
    d[K(1)] = 2
    print(len(d))


class G:
    def __hash__(self):
        return 5

    def __eq__(self, o):
        for i in range(100, 150):
            d[i] = i   # grows the table under the lookup
        return True


probe()
d.clear()
d[G()] = 'g'
print(d.get(G()), len(d))
s = set()


class S:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        s.clear()
        return False


s.add(S())
print(S() in s, len(s))
