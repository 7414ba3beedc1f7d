f'\n{x}\t'
f'\x41{y}'
f'\N{BULLET} {z}'
