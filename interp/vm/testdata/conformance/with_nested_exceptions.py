class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise ValueError("exit failed: " + self.name)
        return False
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("body never runs")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("x", fail_exit=True):
        raise KeyError("body")
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
def gen_in_with():
    with CM("g"):
        yield 1
        yield 2
g = gen_in_with()
print(next(g))
g.close()
print("closed")
