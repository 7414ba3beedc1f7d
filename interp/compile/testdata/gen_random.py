# Writes N random Python programs (nested loops, try/finally, with, closures,
# classes, comprehensions, calls...) to DIR, for the differential test in
# stdlib_test.go:
#   python3 testdata/gen_random.py DIR SEED N && BYTEPY_STDLIB=DIR go test ./interp/compile -run TestStdlib
# Some programs are syntax errors on purpose; both compilers must agree on those too.
import random, sys
R = random.Random(int(sys.argv[2]))
names = ['a', 'b', 'c', 'x', 'y', 'self', 'i', 'j', 'k', '__p']
def atom(d):
    if d > 1 or R.random() < 0.3:
        return R.choice(names + ['1', '0', 'None', 'True', "'s'", '2.5', '(1, 2)', '[]', '(...)', '(-1)'])
    e = lambda: atom(d + 1)
    n = lambda: R.choice(names)
    forms = [
        lambda: '(%s + %s)' % (e(), e()),
        lambda: '%s(%s)' % (n(), e()),
        lambda: '(%s).%s(%s, k=%s)' % (e(), n(), e(), e()),
        lambda: '(%s if %s else %s)' % (e(), e(), e()),
        lambda: '(%s and %s or %s)' % (e(), e(), e()),
        lambda: '(not %s)' % e(),
        lambda: '[%s for %s in %s if %s]' % (e(), R.choice(names[:5]), e(), e()),
        lambda: '{%s: %s}' % (e(), e()),
        lambda: '(%s < %s < %s)' % (e(), e(), e()),
        lambda: 'f"{(%s)!r}{(%s):>4}"' % (e(), e()),
        lambda: '%s[%s:%s]' % (e(), e(), e()),
        lambda: '(lambda q, r=%s: q + %s)' % (e(), e()),
        lambda: '%s(*%s, **%s)' % (n(), e(), e()),
        lambda: '(%s @ %s)' % (e(), e()),
        lambda: '{*%s, %s}' % (e(), e()),
        lambda: '(%s, *%s)' % (e(), e()),
        lambda: '%s[%s]' % (e(), e()),
        lambda: '(%s is not %s)' % (e(), e()),
        lambda: '(%s in %s)' % (e(), e()),
        lambda: '(-%s ** %s)' % (e(), e()),
        lambda: '(%s for %s in %s)' % (e(), R.choice(names[:5]), e()),
        lambda: '(%s).%s' % (e(), n()),
    ]
    return R.choice(forms)()


def block(ind, d, inloop, infunc, n=None):
    out = []
    for _ in range(n or R.randint(1, 2)):
        out += stmt(ind, d, inloop, infunc)
    return out
def stmt(ind, d, inloop, infunc):
    p = '    ' * ind
    c = R.randrange(24 if d < 3 else 8)
    e = lambda: atom(0)
    if c == 0: return [p + '%s = %s' % (R.choice(names), e())]
    if c == 1: return [p + '%s += %s' % (R.choice(['a', 'x.y', 'x[1]', 'b']), e())]
    if c == 2: return [p + e(), p + ('(yield %s)' % e() if infunc else 'pass')]
    if c == 3: return [p + ('return %s' % e() if infunc else 'pass')]
    if c == 4: return [p + ('break' if inloop else 'pass')]
    if c == 5: return [p + ('continue' if inloop == 1 else 'pass')]
    if c == 6: return [p + 'a, *b = %s' % e()]
    if c == 7: return [p + 'del %s' % R.choice(['a', 'x.y', 'x[1]'])]
    if c in (8, 9): return [p + 'if %s:' % e()] + block(ind + 1, d + 1, inloop, infunc) + ([p + 'elif %s:' % e()] + block(ind + 1, d + 1, inloop, infunc) if R.random() < 0.3 else []) + ([p + 'else:'] + block(ind + 1, d + 1, inloop, infunc) if R.random() < 0.5 else [])
    if c == 10: return [p + 'for %s in %s:' % (R.choice(['i', 'j, k', 'x.y']), e())] + block(ind + 1, d + 1, 1, infunc) + ([p + 'else:'] + block(ind + 1, d + 1, inloop, infunc) if R.random() < 0.3 else [])
    if c == 11: return [p + 'while %s:' % R.choice([e(), '1', 'True', '0'])] + block(ind + 1, d + 1, 1, infunc) + ([p + 'else:'] + block(ind + 1, d + 1, inloop, infunc) if R.random() < 0.3 else [])
    if c == 12:
        out = [p + 'try:'] + block(ind + 1, d + 1, inloop, infunc)
        for h in range(R.randint(0, 2)):
            out += [p + 'except %s:' % R.choice(['E', 'E as e', '(E, F)'])] + block(ind + 1, d + 1, inloop, infunc)
        if R.random() < 0.3:
            out += [p + 'except:'] + block(ind + 1, d + 1, inloop, infunc)
        if R.random() < 0.3: out += [p + 'else:'] + block(ind + 1, d + 1, inloop, infunc)
        if R.random() < 0.4: out += [p + 'finally:'] + block(ind + 1, d + 1, 2 if inloop else 0, infunc)
        return out
    if c == 13: return [p + 'with %s as %s, %s:' % (e(), R.choice(['w', 'x.y']), e())] + block(ind + 1, d + 1, 2 if inloop else 0, infunc)
    if c in (14, 15): return [p + '@%s' % R.choice(names) if R.random() < 0.3 else p + '', p + 'def f%d(a, b=%s, *c, d, **e):' % (R.randrange(9), e())] + [p + '    nonlocal x' if infunc and R.random() < 0.2 else p + '    global y'] + block(ind + 1, d + 1, 0, True)
    if c == 16: return [p + 'class C%d(%s):' % (R.randrange(9), R.choice(['', 'B', 'B, metaclass=M'])), p + '    z: int = 1'] + block(ind + 1, d + 1, 0, False)
    if c == 17: return [p + 'assert %s, %s' % (e(), e())]
    if c == 18: return [p + 'raise %s from %s' % (e(), e())]
    if c == 19: return [p + 'import a.b as c', p + 'from .m import (n, o as q)']
    if c == 20: return [p + 'x = lambda: (%s)' % e()]
    if c == 21: return [p + 'a = b = %s' % e()]
    if c == 22: return [p + 'zz: %s' % e()]
    return [p + 'pass']
N = int(sys.argv[3])
for n in range(N):
    lines = ['def outer(x):', '    def inner():', '        nonlocal x'] + block(2, 0, 0, True, 4) + block(1, 0, 0, True, 4) + ['    return inner'] + block(0, 0, 0, False, 6)
    lines = [l for l in lines if l.strip()]
    open('%s/r%04d.py' % (sys.argv[1], n), 'w').write('\n'.join(lines) + '\n')
