# Lone surrogates are one code point each: find offsets, format widths and
# precisions, and extended slices must count them so, and keep them intact.
def show(s):
    print(ascii(s[::-1]), ascii(s[::2]), ascii(s[2:0:-1]))
    print(s.index('b'), s.find('b'), s.rfind('b'), s.index(s[1]), s.count(''))
    print(ascii('{:>6}'.format(s)), ascii('%-5s|' % s), ascii(f'{s:.2}'),
          ascii('%.2s' % s), ascii(format(s, '*^7.3')))


show('a\ud800b')
show('x\udcffb\ud83d')
show('\ud83d\ude00b')

# splitlines splits at U+0085 (NEL) but not at a surrogate's bytes, and a
# lone surrogate is not printable
for s in ['a\ud800b', 'a\x85b\x85', 'x\udcff\r\ny\ufffd', '\ufffd', 'p\u2028q\x1cr']:
    print(ascii(s.splitlines()), ascii(s.splitlines(True)), s.isprintable())

# case mappings and replace('') keep lone surrogates whole
for s in ['a\ud800b', 'x\udcffy\ud83d', '\ud83d\ude00straße']:
    print(ascii([s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(),
                 s.replace('', '.'), s.replace('', '-', 2), s.replace('', '+', 9)]))

# expandtabs counts a lone surrogate as one column and keeps it
for s in ['a\ud800\tb', '\tx\udcff\ty', 'h\u00e9\tz']:
    print(ascii(s.expandtabs()), ascii(s.expandtabs(4)))
