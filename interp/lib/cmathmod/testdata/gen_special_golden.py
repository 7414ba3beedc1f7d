# Writes special.golden: every cmath function at every pair of parts
# drawn from (-inf, -2.3, -1, -0, 0, 1, 2.3, inf, nan), as CPython 3.7
# computes it. special_test.go checks the Go functions against it
# directly (the VM's complex(x, y) cannot build these values yet).
# Run: python3.7 gen_special_golden.py
import cmath, math, os

inf, nan = math.inf, math.nan
vals = [-inf, -2.3, -1.0, -0.0, 0.0, 1.0, 2.3, inf, nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'rect', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
lines = []
for name in names:
    f = getattr(cmath, name)
    for x in vals:
        for y in vals:
            try:
                r = f(x, y) if name == 'rect' else f(complex(x, y))
                if isinstance(r, complex):
                    r = '%r %r' % (r.real, r.imag)
                elif isinstance(r, tuple):
                    r = '%r %r' % r
                else:
                    r = repr(r)
            except (ValueError, OverflowError) as e:
                r = type(e).__name__
            lines.append('%s %r %r %s' % (name, x, y, r))
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'special.golden'), 'w') as w:
    w.write('\n'.join(lines) + '\n')
