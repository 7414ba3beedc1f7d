class A(metaclass=M): pass
class B(**kw): pass
