import string
f = string.Formatter()
for s in ['a{0}b', 'x{{y}}z', '{}{}', '{0!r:>{1}}', '{a.b[c][0]}', 'end}}', '{:{}{}}', '', 'a{!s}', '{0:}',
          '{0!}', '{', '}', 'a{0', '{0!x}', '{0!rr}', '{0:{', '{0[}', '{0.}', '{0]}', '{0[a]b}', '{a{b}',
          '{0[a}b]}', '{!', '{0!r', '{0!r}']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s, a, k in [('{} {}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{0:{1}}', ('ab', 5), {}),
                ('{0:{1:{2}}}', ('ab', 5, ''), {}), ('{x.real!r:>6}', (), {'x': 3}), ('{0[1]}{0[a]}', ({1: 'one', 'a': 'A'},), {}),
                ('{0!x}', (1,), {}), ('{y}', (), {}), ('{5}', (1,), {}), ('{0.}', (1,), {}), ('{0[0]x}', ([1],), {}),
                ('{:*^9,}|{!a}', (12345, 'é'), {})]:
    try:
        print(repr(f.format(s, *a, **k)))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print(f.vformat('{a}', (), {'a': 1}), f.get_value(0, [5], {}), f.convert_field(3, 'r'), f.format_field(3.5, '>6'))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} {missing} {x:>4}', 'abc', x='q'))
