class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Registry.subclasses.append(cls.__name__)
class P1(Registry): pass
class P2(Registry): pass
print(Registry.subclasses)

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, len(s), s.peek(), isinstance(s, list), s + [3])

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = key * 2
        return self[key]
d = DefaultDict()
print(d[3], d, len(d))

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), [x for x in Counter()])

class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("Deposit must be positive")
        self.balance += amt
        return self
    def __repr__(self):
        return "Account(%r, %r)" % (self.owner, self.balance)
acct = Account("Ann").deposit(100).deposit(50)
print(acct, acct.interest, Account.interest)
try:
    acct.deposit(-1)
except ValueError as e:
    print(e)

class MyErr(ValueError):
    pass
try:
    raise MyErr("sub")
except ValueError as e:
    print(type(e).__name__, e, MyErr.__mro__[1].__name__)

class WithStr:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
w = WithStr()
print(w, [w], str(w), repr(w), "%s %r" % (w, w), f"{w} {w!r}")

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print([sh.area() for sh in [Sq(2), Sq(3)]])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Attrs:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
at = Attrs()
at.x = 5
print(at.x)
print(Attrs.__name__, Attrs.__qualname__, Attrs.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
print(Eq(1) == Eq(1), Eq(1) in [Eq(1)], len({Eq(1), Eq(1)}))
