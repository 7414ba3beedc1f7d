f'{x!r}'
f'{x!s}'
f'{x!a}'
f'{x!r:>10}'
