class A:
    pass
class B(A):
    x = 1
class C(A, B, metaclass=M, **kw):
    def m(self):
        pass
class D():
    pass
class E(*bases):
    pass
