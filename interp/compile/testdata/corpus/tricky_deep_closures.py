def level0(a):
    def level1(b):
        def level2(c):
            def level3(d):
                class Inner:
                    e = a + b
                    def m(self, f):
                        return a + b + c + d + f + self.e
                return Inner
            return level3
        return level2
    return level1


def shadow(x):
    def inner():
        x = 2
        def innermost():
            return x
        return innermost
    return inner, x
