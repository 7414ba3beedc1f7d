# Deep recursion through super().m(): the super() call itself counts as a
# recursion level, so at either parity of the limit the error says
# "while calling a Python object" exactly where CPython's does.
import sys


class B:
    def m(self, n):
        return self.m(n + 1)


class C(B):
    def m(self, n):
        return super().m(n)


for limit in (200, 201):
    sys.setrecursionlimit(limit)
    try:
        C().m(0)
    except RecursionError as e:
        print(limit, e)
