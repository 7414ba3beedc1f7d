# Argument checks of builtins that take few or no arguments: counts,
# keywords and argument types give 3.7's TypeErrors.
tests = [
    "locals(1)", "locals(x=1)", "globals(1)", "globals(x=1)",
    "pow(2, 3, mod=5)", "pow(x=2, y=3)", "pow(2)", "pow(2, 3, 4, 5)", "pow(2, 10)", "pow(2, 10, 1000)",
    "iter([1], [2])", "iter(x=[1])", "iter()", "iter([1], 2, 3)", "list(iter([3, 2]))",
    "vars(1, 2)", "vars(x=1)", "dir(1, 2)", "dir(x=1)",
    "len(vars(type('A', (), {})())) == 0",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r) if not isinstance(r, dict) else type(r).__name__)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


class NotCallable:
    pass


print(list(iter(Counter(), 4)))
for v in (NotCallable(), NotCallable, len):
    try:
        print(type(iter(v, 0)).__name__)
    except TypeError as e:
        print("TypeError", e)
