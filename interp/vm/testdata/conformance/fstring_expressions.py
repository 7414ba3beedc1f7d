items = ["a", "b"]
n = 3
print(f"{n + 1} {n * 2:>4} {items[0]!r} {len(items)} {'yes' if n > 2 else 'no'} {n:{'0' + str(n)}}")
print(f"{n!r:>5}|{'q'!a}|{3.5:.{n}f}|{{escaped}}|{n}{n}")
d = {"key": "value"}
print(f"{d['key']} {d!r} {[x * 2 for x in range(3)]} {(lambda v: v + 1)(n)}")
name = "world"
print(f"hello {name.title()}!", f"{name:*^11}", f"{len(name):03}", f"{name[::-1]}", rf"\n{name}", f"{'multi'}" f"{'part'}")
class C:
    def __format__(self, spec):
        return "spec=" + spec
print(f"{C():abc}", f"{C()!s:.3}" if False else f"{C():}")
