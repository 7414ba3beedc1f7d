rf'\n{x}'
fr'{x}\d'
Rf'{x!r}'
