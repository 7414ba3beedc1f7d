# f-string parts formatted into a shared buffer and joined by BUILD_STRING
# (vm fstring_defer.go, py fmtdefer.go): results, errors and their order,
# nesting, and parts that an exception abandons.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

i, x, s = 42, 3.14159, "héllo"
print(f"{i:05d}|{x:.3f}|{s:>8}|{i}|{-i:+}|{x:e}")
print(f"{i:x}{i:o}{i:b}{i:c}{i:,}{10**6:_}{i:=^9}")
print(f"[{s:*^11}][{s:.2}][{'ab':3}]")
print(f"{x:{i % 7}.{2}f}|{i:{'>'}{5}}")
print(f"{i:05d}{f'{i:03}{x:.1f}'}{i:2}")
print(f"{True:5}|{None!s:>6}|{3.0}|{1e300 * 10:f}|{-0.0:.1f}")
print(f"{2**70:,}|{2**70:x}")

class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">"

class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"

print(f"{I(5):03d}|{S('q'):>4}|{S('q')}|{I(7)}")

class T(str):
    def __str__(self):
        return "T!"

print(f"{T('t')}|{T('t'):>3}|{T('t')!s}|{T('t')!r}")

# errors raised at the FORMAT_VALUE, before later parts run
log = []
def side(v):
    log.append(v)
    return v
show(lambda: f"{i:q}{side(1)}")
show(lambda: f"{x:d}{side(2)}")
show(lambda: f"{s:d}{side(3)}")
show(lambda: f"{s:=5}{side(4)}")
show(lambda: f"{2**40:c}{side(5)}")
show(lambda: f"{i:,c}{side(6)}")
print(log)

# a later part raises: the formatted earlier parts are abandoned
def bad():
    raise KeyError("k")
for k in range(3):
    try:
        print(f"{k:04d}-{bad()}")
    except KeyError as e:
        print("KeyError", e, k)
print(f"{i:04d}-{x:.2f}-{[f'{j:02}' for j in range(3)]}")

# a part that runs Python code making f-strings of its own
def inner(n):
    return f"<{n:03d}|{n * 1.5:.1f}>"
print(f"{i:5d}{inner(1)}{x:.2f}{inner(2)}{i:x}")

# long parts and many parts
print(len(f"{i:5000d}{x:3000.1f}"), f"{i:5000d}"[-3:])
parts = f"{1:1}{2:1}{3:1}{4:1}{5:1}{6:1}{7:1}{8:1}{9:1}{10:2}{11:2}{12:2}"
print(parts)

# conditional expressions and comprehensions inside parts (jumps)
for k in range(3):
    print(f"{k:02d}{'a' if k else 'b'}{k:>3}{x if k > 1 else i:6}")

# generator suspended inside an f-string
def gen():
    r = f"{i:04d}{(yield 1)}{x:.2f}"
    yield r
g = gen()
print(next(g))
print(g.send("mid"))

# nested f-string in a format spec
w = 7
print(f"{i:{w}d}|{x:{w}.{w - 4}f}|{s:{'^'}{w}}")
print(f"{x!r:>10}|{s!a}|{i!s:>4}")

# many parts abandoned by exceptions: the shared buffer fills up, then
# parts are made as strs again; results stay the same
n = 0
for k in range(30000):
    try:
        n += len(f"{k:05d}{1 // (k % 2)}{k:x}")
    except ZeroDivisionError:
        pass
print(n, f"{n:08d}|{n / 7:.2f}|{'x':>3}")
