class A:
    def who(self):
        return __class__

    def both(self):
        return __class__, super()

    def lam(self):
        return lambda: __class__


class B:
    def m(self):
        def inner():
            return __class__
        return inner
