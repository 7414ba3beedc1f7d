class A:
    def __init__(self):
        self.__secret = "a-secret"
        self._prot = "prot"
    def __hidden(self):
        return "hidden " + self.__secret
    def reveal(self):
        return self.__hidden()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "b-secret"
b = B()
print(b.reveal(), sorted(vars(b)), b._A__secret, b._B__secret, b._prot)
try:
    b.__secret
except AttributeError as e:
    print(e)
print(hasattr(A, "_A__hidden"), [n for n in dir(A) if "hidden" in n])
