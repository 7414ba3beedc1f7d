# The golden table: (pattern, flags, operation, input[, argument]) rows,
# each printed with repr of its result (or the exception it raised).
import re

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

ROWS = [
    # literals, ., classes
    ('abc', 0, 'search', 'xxabcxx'),
    ('a.c', 0, 'findall', 'abc a\nc axc'),
    ('a.c', S, 'findall', 'abc a\nc axc'),
    ('[abc]+', 0, 'findall', 'aabbxcc'),
    ('[^abc]+', 0, 'findall', 'aabbxycc'),
    ('[a-f0-3]+', 0, 'findall', 'deadbeef 0123456 xyz'),
    ('[]a]+', 0, 'findall', 'a]]b'),
    ('[^]a]+', 0, 'findall', 'a]]bc'),
    ('[a-]+', 0, 'findall', 'a--b'),
    ('[-a]+', 0, 'findall', 'a--b'),
    (r'[\]]', 0, 'findall', ']x]'),
    (r'[\d\s]+', 0, 'findall', 'a1 2b'),
    (r'[\w-]+', 0, 'findall', 'foo-bar baz_9'),
    (r'[.*+]', 0, 'findall', 'a.b*c+d'),
    (r'\d+', 0, 'findall', 'a١٢٣b 45'),
    (r'\d+', A, 'findall', 'a١٢٣b 45'),
    (r'\w+', 0, 'findall', 'naïve café ½ x_y'),
    (r'\w+', A, 'findall', 'naïve café x_y'),
    (r'\s+', 0, 'split', 'a\u00a0b\u2003c d'),
    (r'\s+', A, 'split', 'a\u00a0b c'),
    (r'\S+', 0, 'findall', ' ab  cd '),
    (r'\D+', 0, 'findall', 'ab12cd'),
    (r'\W+', 0, 'findall', 'ab, cd! ef'),
    (r'\x41\u0042\U00000043', 0, 'search', 'xABC'),
    (r'\101\0', 0, 'search', 'A\x00'),
    (r'\t\n', 0, 'search', 'a\t\nb'),
    (r'a\.b', 0, 'search', 'axb a.b'),
    (r'\(\)', 0, 'search', 'f()'),
    # anchors and boundaries
    ('^a', 0, 'findall', 'a\na'),
    ('^a', M, 'findall', 'a\na'),
    ('a$', 0, 'findall', 'a\na\n'),
    ('a$', M, 'findall', 'a\na\n'),
    ('$', 0, 'findall', 'a\n'),
    ('$', M, 'findall', 'a\nb'),
    (r'\Aa', M, 'findall', 'a\na'),
    (r'a\Z', M, 'findall', 'a\na\n'),
    (r'a\Z', 0, 'findall', 'a\na'),
    (r'\bfoo\b', 0, 'findall', 'foo foobar (foo)'),
    (r'\Boo\B', 0, 'findall', 'foo boot oo'),
    (r'\b', 0, 'findall', 'ab cd'),
    (r'\b', 0, 'search', ''),
    (r'\B', 0, 'search', ''),
    (r'\bé', 0, 'search', 'aé é'),
    # quantifiers
    ('a*', 0, 'findall', 'baaac'),
    ('a+', 0, 'findall', 'baaacaa'),
    ('a?', 0, 'findall', 'ab'),
    ('a{2}', 0, 'findall', 'aaaaa'),
    ('a{2,}', 0, 'findall', 'a aa aaaaa'),
    ('a{,2}', 0, 'findall', 'aaa'),
    ('a{1,3}', 0, 'findall', 'aaaaaaa'),
    ('a{2,3}?', 0, 'findall', 'aaaaaaa'),
    ('a{,}', 0, 'search', 'aa'),
    ('a{', 0, 'search', 'a{'),
    ('a{x}', 0, 'search', 'a{x}'),
    ('a{1', 0, 'search', 'a{1'),
    ('{1}', 0, 'search', 'x{1}'),
    ('a*?', 0, 'findall', 'aa'),
    ('a+?', 0, 'findall', 'aa'),
    ('a??b', 0, 'search', 'ab'),
    ('(ab)*c', 0, 'search', 'ababc'),
    ('(ab)+?', 0, 'search', 'abab'),
    ('(a|ab)(c|bcd)(d*)', 0, 'groups', 'abcd'),
    ('(a*)*', 0, 'groups', 'b'),
    ('(a*)+', 0, 'groups', 'b'),
    ('(a|b)*?c', 0, 'groups', 'abac'),
    ('(?:a|b)+', 0, 'findall', 'abcba'),
    ('x(a|b){2,3}y', 0, 'groups', 'xababy'),
    ('.*foo', 0, 'search', 'xfooyfoo'),
    ('.*?foo', 0, 'search', 'xfooyfoo'),
    (r'<(.+?)>', 0, 'findall', '<a><bc><>'),
    # alternation and groups
    ('cat|dog', 0, 'findall', 'hotdog catalog'),
    ('a|ab|abc', 0, 'match', 'abc'),
    ('(a)|(b)', 0, 'findall', 'ab'),
    ('(a)(b)(c)', 0, 'findall', 'abcabc'),
    ('(a)|b', 0, 'findall', 'ab'),
    ('((a)b)', 0, 'lastindex', 'ab'),
    ('(a)(b)?', 0, 'lastindex', 'a'),
    ('(?P<x>a)(?P<y>b)', 0, 'lastgroup', 'ab'),
    ('(?P<x>a)(b)', 0, 'lastgroup', 'ab'),
    ('(?P<w>\\w+) (?P=w)', 0, 'search', 'say hello hello'),
    (r'(\w)\1', 0, 'findall', 'aabbcd'),
    (r'(a)(?:b)\1', 0, 'search', 'aba'),
    (r'(a)?b\1', 0, 'search', 'b'),
    (r'(?i)(a)\1', 0, 'search', 'aA'),
    (r'(?#comment)ab', 0, 'search', 'ab'),
    ('()', 0, 'groups', 'x'),
    ('(a)(b)', 0, 'regs', 'zab'),
    # lookaround
    (r'\w+(?=,)', 0, 'findall', 'a, bc, d'),
    (r'\w+(?!,)', 0, 'findall', 'a, bc, d'),
    (r'(?<=a)b', 0, 'findall', 'ab cb ab'),
    (r'(?<!a)b', 0, 'findall', 'ab cb b'),
    (r'(?<=\d{3})x', 0, 'findall', '12x 123x'),
    (r'(?<=ab|cd)e', 0, 'findall', 'abe cde fge'),
    (r'(?=(\w))', 0, 'findall', 'abc'),
    (r'(?=a)', 0, 'split', 'bab'),
    (r'^(?!.*x).*$', M, 'findall', 'abc\nxyz\ndef'),
    # flags
    ('abc', I, 'findall', 'ABC abc AbC'),
    ('[a-z]+', I, 'findall', 'Hello WORLD'),
    ('[^a-z]+', I, 'findall', 'Hello WORLD'),
    ('é', I, 'search', 'É'),
    ('straße', I, 'search', 'STRASSE'),
    ('k', I, 'findall', 'kK\u212a'),
    ('k', I | A, 'findall', 'kK\u212a'),
    ('(?i)abc', 0, 'search', 'xABC'),
    ('(?m)^b', 0, 'findall', 'a\nb'),
    ('(?s).+', 0, 'match', 'a\nb'),
    ('(?x) a b # c', 0, 'search', 'ab'),
    ('(?x) [ ] a', 0, 'search', ' a'),
    ('(?x)a\\ b', 0, 'search', 'a b'),
    ('(?a)\\w+', 0, 'findall', 'aé'),
    ('(?i:a)b', 0, 'search', 'AB'),
    ('a # b', X, 'search', 'a'),
    ('a b', X | I, 'search', 'AB'),
    # API
    ('a', 0, 'fullmatch', 'a'),
    ('a', 0, 'fullmatch', 'ab'),
    ('a|ab', 0, 'fullmatch', 'ab'),
    ('a*?', 0, 'fullmatch', 'aaa'),
    ('b', 0, 'match', 'ab'),
    ('', 0, 'findall', 'abc'),
    ('', 0, 'split', 'abc'),
    ('x*', 0, 'split', 'axbc'),
    ('x*', 0, 'sub', 'abxd', '-'),
    (r'\b', 0, 'sub', 'ab cd', '|'),
    ('(?:)', 0, 'subn', 'ab', '.'),
    ('a|', 0, 'sub', 'cab', '-'),
    (',', 0, 'split', 'a,b,,c,'),
    ('(,)', 0, 'split', 'a,b'),
    ('(,)|(;)', 0, 'split', 'a,b;c'),
    ('\\W+', 0, 'split', '...words, words...'),
    ('[a-f]+', I, 'split', '0a3B9'),
    ('a', 0, 'split', 'aaa'),
    ('(a)', 0, 'sub', 'cat', r'[\1]'),
    ('(?P<n>a)', 0, 'sub', 'cat', r'<\g<n>\g<1>\g<0>>'),
    ('a', 0, 'sub', 'cat', r'\n\t\\'),
    ('a', 0, 'sub', 'cat', r'\.\-'),
    ('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 0, 'sub', 'abcdefghijk', r'\11-\10'),
    ('(a)', 0, 'sub', 'a', r'\g<1>0'),
    ('(a)|b', 0, 'sub', 'ab', r'[\1]'),
    ('a', 0, 'subn', 'banana', 'o'),
    ('x', 0, 'subn', 'abc', 'o'),
    ('(\\d+)', 0, 'sub', 'a1b2', r'\1\1'),
    ('[aeiou]', 0, 'sub', 'education', ''),
    # bytes
    (b'\\d+', 0, 'findall', b'a12b345'),
    (b'\\w+', 0, 'findall', b'caf\xe9 ok'),
    (b'(a)(b)?', 0, 'groups', b'ab'),
    (b'x', 0, 'sub', b'axbx', b'-'),
    (b'(x)', 0, 'sub', b'axbx', b'<\\1>'),
    (b'A', I, 'findall', b'aA'),
    (b'[a-c]', 0, 'split', b'1a2b3'),
    (b'.', 0, 'search', b'\n\xff'),
    # errors
    ('*a', 0, 'compile', None),
    ('a**', 0, 'compile', None),
    ('a{2}{3}', 0, 'compile', None),
    ('a++', 0, 'compile', None),
    ('(ab', 0, 'compile', None),
    ('ab)', 0, 'compile', None),
    ('a(b(c)', 0, 'compile', None),
    ('[ab', 0, 'compile', None),
    ('[b-a]', 0, 'compile', None),
    (r'\q', 0, 'compile', None),
    ('a\\', 0, 'compile', None),
    (r'(a)\2', 0, 'compile', None),
    (r'(a\1)', 0, 'compile', None),
    ('(?P<1a>x)', 0, 'compile', None),
    ('(?P<a>x)(?P<a>y)', 0, 'compile', None),
    ('(?P=zz)', 0, 'compile', None),
    ('(?<=a+)b', 0, 'compile', None),
    ('(?Zx)', 0, 'compile', None),
    ('a{3,2}', 0, 'compile', None),
    ('^*', 0, 'compile', None),
    ('|*', 0, 'compile', None),
    ('x\n(', 0, 'compile', None),
    (r'\x4', 0, 'compile', None),
    ('(a)', 0, 'sub', 'a', r'\2'),
    ('(a)', 0, 'sub', 'a', r'\g<x>'),
    ('(a)', 0, 'sub', 'a', r'\g<1'),
    ('(a)', 0, 'sub', 'a', r'\q'),
    ('a', 0, 'search', b'a'),
    (b'a', 0, 'search', 'a'),
    ('a', 0, 'group', 'a', 3),
    ('(?P<n>a)', 0, 'group', 'a', 'n'),
    ('(?P<n>a)', 0, 'group', 'a', 'm'),
    # misc
    ('[\u00e0-\u00ff]+', 0, 'findall', 'héllo wörld'),
    ('😀+', 0, 'search', 'x😀😀y'),
    ('.', 0, 'findall', 'a😀b'),
    ('a', 0, 'escape', 'a.b*c d-e_f\n'),
    ('a', 0, 'escape', b'a.b\x00'),
]


def run(pattern, flags, op, inp, arg=None):
    if op == 'compile':
        return re.compile(pattern, flags)
    if op == 'escape':
        return re.escape(inp)
    p = re.compile(pattern, flags)
    if op in ('match', 'search', 'fullmatch'):
        return getattr(p, op)(inp)
    if op == 'findall':
        return p.findall(inp)
    if op == 'split':
        return p.split(inp)
    if op == 'sub':
        return p.sub(arg, inp)
    if op == 'subn':
        return p.subn(arg, inp)
    m = p.search(inp)
    if m is None:
        return None
    if op == 'groups':
        return (m.group(), m.groups())
    if op == 'lastindex':
        return m.lastindex
    if op == 'lastgroup':
        return m.lastgroup
    if op == 'regs':
        return m.regs
    if op == 'group':
        return m.group(arg)
    raise ValueError(op)


for row in ROWS:
    try:
        r = repr(run(*row))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print('%r %s %s %r%s -> %s' % (row[0], int(row[1]), row[2], row[3],
                                   ''.join(' %r' % a for a in row[4:]), r))
    if row[2] == 'findall':
        print('   finditer -> %r' % [(m.span(), m.groups()) for m in re.finditer(row[0], row[3], row[1])])
print(len(ROWS), 'rows')
