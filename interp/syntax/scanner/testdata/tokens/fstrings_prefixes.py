f'a' F'b' fr'c' fR'd' Fr'e' FR'f' rf'g' rF'h' Rf'i' RF'j' f'{x!r:>{w}}'
