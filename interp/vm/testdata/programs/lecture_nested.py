NAME = 'test'
def nested(n):
    n += 1
    def _wrap(m):
        for i in range(n):
            m = m + 1
            m += n
        return m
    return _wrap

w = nested(3)
print(w(10), w.__name__, w.__qualname__)
print(w.__code__.co_freevars, nested.__code__.co_cellvars)
print(len(w.__closure__), w.__closure__[0].cell_contents)

def bad(n):
    def _wrap(m):
        print(NAME)
        NAME = '1'
        return m
    return _wrap
try:
    bad(1)(2)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
