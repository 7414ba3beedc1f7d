class A: pass
class B(): pass
class C(A, B): pass
class D: ...
class E:
    'doc only'
class F:
    x: int
class G(object,):
    pass
