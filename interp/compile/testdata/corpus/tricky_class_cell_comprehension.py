class A:
    def m(self):
        return [super().m() for _ in range(2)]

    def n(self):
        return (__class__ for _ in range(2))

    def o(self):
        def inner():
            return super(A, self).o()
        return inner

    @classmethod
    def c(cls):
        return super().c()

    @staticmethod
    def s():
        return __class__


class B(A):
    def m(self):
        x = lambda: super(B, self).m()
        return x()
