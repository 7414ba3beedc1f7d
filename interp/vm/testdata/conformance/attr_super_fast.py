# super().m(...) is found without making the proxy when it can be; every
# other shape must behave exactly as super() does.


class A:
    def __init__(self, v):
        self.v = v

    def m(self, x):
        return "A.m(%s, %s)" % (self.v, x)

    @property
    def p(self):
        return "A.p"

    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__

    @staticmethod
    def sm(x):
        return "A.sm %s" % x


class B(A):
    def __init__(self, v):
        super().__init__(v * 2)

    def m(self, x):
        return "B>" + super().m(x)

    def p_via_super(self):
        return super().p

    def cm_via_super(self):
        return super().cm()

    def sm_via_super(self):
        return super().sm(5)

    @classmethod
    def cm(cls):
        return "B>" + super().cm()


class C(A):
    def m(self, x):
        return "C>" + super().m(x)


class D(B, C):
    def m(self, x):
        return "D>" + super().m(x)


for _ in range(3):
    d = D(1)
    print(d.m(0), B(3).m(1))
    print(d.p_via_super(), d.cm_via_super(), d.sm_via_super(), D.cm())

# a base method replaced after warm-up
A.m = lambda self, x: "A.m2 %s" % x
print(D(1).m(7))


# self rebound before super(): super() reads the current first argument
class E(A):
    def m(self, x):
        self = D(5)
        return "E>" + super().m(x)


try:
    print(E(1).m(2))
except TypeError as err:
    print("TypeError", err)


class F(A):
    def m(self, x):
        del self
        return super().m(x)


try:
    F(1).m(2)
except RuntimeError as err:
    print("RuntimeError", err)


# a global named super shadows the builtin
def super():
    class Fake:
        def m(self, x):
            return "fake super m %s" % x
    return Fake()


class G(A):
    def m(self, x):
        return "G>" + super().m(x)


print(G(1).m(3))
del super
print(G(1).m(4))


# a method missing from the rest of the MRO
class H(A):
    def missing(self):
        return super().nope()


try:
    H(1).missing()
except AttributeError as err:
    print("AttributeError", err)


# an attribute that is not a function found through super()
class I(A):
    def __init__(self):
        super().__init__(0)

    def lst(self):
        return super().__class__


print(I().lst())
