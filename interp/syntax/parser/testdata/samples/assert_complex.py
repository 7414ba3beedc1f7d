assert isinstance(x, int), f'bad {x!r}'
