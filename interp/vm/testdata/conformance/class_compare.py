import functools
class Card:
    def __init__(self, r):
        self.r = r
    def __eq__(self, o):
        print("eq", self.r, getattr(o, "r", o))
        return isinstance(o, Card) and self.r == o.r
    def __lt__(self, o):
        print("lt", self.r, o.r)
        return self.r < o.r
    def __repr__(self):
        return "Card(%d)" % self.r
a, b = Card(1), Card(2)
print(a < b, b > a, a == b, a != b, a == 1)
print(sorted([Card(3), Card(1), Card(2)]))
try:
    a <= b
except TypeError as e:
    print(e)
class N:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return "gt-called"
print(N(1) < N(2))
print(Card.__hash__)
