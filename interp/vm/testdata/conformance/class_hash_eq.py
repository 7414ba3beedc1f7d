class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, {P(0, 0): "origin"}[P(0, 0)])
class Q:
    def __eq__(self, o):
        return True
try:
    hash(Q())
except TypeError as e:
    print(e)
print(Q.__hash__ is None, Q() == 5)
class R:
    pass
r = R()
print(r == r, r != R(), hash(r) == hash(r))
class H(int):
    pass
print(hash(H(5)), H(5) == 5, {H(5): 1}[5])
