class C:
    __x = 1
    _y = 2
    __z__ = 3

    def __m(self):
        return self.__x + C.__x

    def call(self):
        __local = 4
        import __future__
        return self.__m(), __local, self.__z__

    def g(self, __arg):
        return __arg

    class __Inner:
        pass

    def h(self):
        global __gvar
        return __gvar, self.__Inner


class _D:
    __a = 1
    def m(self):
        return self.__a
