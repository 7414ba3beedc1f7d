class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __floordiv__(self, k):
        return self.cents // k
    def __mod__(self, k):
        return self.cents % k
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __pow__(self, k):
        return Money(self.cents ** k)
    def __lshift__(self, k):
        return Money(self.cents << k)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "pos"
    def __matmul__(self, o):
        return "matmul"
a, b = Money(1050), Money(299)
print(a + b, a - b, a * 3, a / 4, a // 7, a % 7, -a, abs(-a), a + 5, 5 + a, sum([a, b], Money(0)))
print(a == Money(1050), a != b, a < b, a > b, sorted([a, b, Money(1)]), max(a, b), {a: 1}[Money(1050)])
print(Money(3) ** 2, Money(1) << 4, a & b, a | b, a ^ b, ~a, +a, a @ b)
c = a
c += b
print(c, a, c is a)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __contains__(self, x):
        return x in self.items
acc = Acc()
acc += 1
acc += 2
print(acc.items, 2 in acc, 3 not in acc)
