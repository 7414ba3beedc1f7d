import cmath, math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
state = 99
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64

def pts(scale, n=60):
    return [complex((rnd() - 0.5) * scale, (rnd() - 0.5) * scale) for _ in range(n)]

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for scale in [1e-310, 2.5, 40, 1e300]:
    zs = pts(scale)
    for name in names:
        f = getattr(cmath, name)
        out = []
        for z in zs:
            try:
                out.append(repr(f(z)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
        print(name, scale, ' '.join(out))
    print('phase', ' '.join(repr(cmath.phase(z)) for z in zs))
    print('polar', ' '.join(repr(cmath.polar(z)) for z in zs))
    print('rect', ' '.join(repr(cmath.rect(z.real, z.imag)) for z in zs))
    print('log base', ' '.join(repr(cmath.log(z, 3 - z)) for z in zs[:20]))

inf, nan = math.inf, math.nan
for z in [1, -1, 1j, 0.5, 2, -2.5, True, 10**20]:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z) if z else '-', cmath.polar(z), cmath.phase(z))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1j, 1.1j), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(inf, inf))

class C:
    def __complex__(self): return 3 + 4j
class F:
    def __float__(self): return 2.0
print(cmath.sqrt(C()), cmath.polar(C()), cmath.exp(F()))

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
show(cmath.log, 0)
show(cmath.log, 0, 2)
show(cmath.log, 2, 0)
show(cmath.log, 2, 1)
show(cmath.log, 8, 2)
show(cmath.log, -1, 1j)
show(cmath.atanh, 1)
show(cmath.atanh, -1)
show(cmath.exp, 1000)
show(cmath.cosh, complex(1000, 1))
show(cmath.rect, inf, 1)
show(cmath.rect, 1, inf)
show(cmath.rect, -inf, 2)
show(cmath.polar, complex(1e308, 1e308))
show(cmath.phase, 'a')
show(cmath.sqrt, 'a')
show(cmath.sqrt)
show(cmath.log)
show(cmath.log, 1, 2, 3)
show(cmath.rect, 1)
show(cmath.sqrt, x=1)
show(cmath.isclose, 1, 2, rel_tol=-1)
show(cmath.isclose, 1, 2, 3)
show(cmath.sqrt, 10**400)
