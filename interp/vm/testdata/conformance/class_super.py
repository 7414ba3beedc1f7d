class A:
    def f(self):
        return ["A"]
    @classmethod
    def c(cls):
        return "A.c(" + cls.__name__ + ")"
class B(A):
    def f(self):
        return ["B"] + super().f()
class C(A):
    def f(self):
        return ["C"] + super().f()
class D(B, C):
    def f(self):
        return ["D"] + super().f()
    @classmethod
    def c(cls):
        return "D>" + super().c()
print(D().f(), D.c(), super(B, D()).f(), super(D, D).c())
class E(D):
    def __init__(self):
        super(E, self).__init__()
        self.ok = True
print(E().ok, E().f())
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__)
class NoArg:
    def g(self):
        def inner():
            return 1
        return inner()
print(NoArg().g())
