# fsum against many awkward sums: mixed magnitudes, cancellation, and
# half-way cases, where only exact partials give CPython's answer.
import math

state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64

out = []
for trial in range(300):
    n = 1 + int(rnd() * 30)
    xs = []
    for _ in range(n):
        e = int(rnd() * 120) - 60
        v = (rnd() - 0.5) * 2.0 ** e
        xs.append(v)
        if rnd() < 0.3:
            xs.append(-v * (1 + 2.0 ** -52))
    out.append(repr(math.fsum(xs)))
print(' '.join(out))
halfway = [[1.0, 2.0 ** -53], [1.0, 2.0 ** -53, 2.0 ** -106], [1.0, -2.0 ** -54, -2.0 ** -108],
           [2.0 ** 53, 1.0, 2.0 ** -60], [2.0 ** 53, -1.0, 2.0 ** -60], [1e308, 1e308, -1e308],
           [0.1] * 7 + [-0.7], [1e-16] * 10 + [1.0], [3.0, -2.0 ** -52, 2.0 ** -105]]
for xs in halfway:
    try:
        print(repr(math.fsum(xs)))
    except OverflowError as e:
        print('OverflowError', e)
