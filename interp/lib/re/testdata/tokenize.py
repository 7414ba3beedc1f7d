# A tokenizer in the usual two styles: one alternation of named groups
# read through lastgroup, and a p.match(text, pos) loop over a long text.
import re

SPEC = [('NUMBER', r'\d+(?:\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z_]\w*'),
        ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
tok = re.compile('|'.join('(?P<%s>%s)' % pair for pair in SPEC))
code = '''total := price * qty;
tax := total * 0.07 ;
  x := y + 3.5 $
'''
line = 1
for mo in tok.finditer(code):
    kind, value = mo.lastgroup, mo.group()
    if kind == 'NEWLINE':
        line += 1
    elif kind != 'SKIP':
        print(line, kind, repr(value), mo.start() - code.rfind('\n', 0, mo.start()) - 1, mo.lastindex)

text = 'alpha beta, gamma; delta 42 ' * 200
word = re.compile(r'\s*(\w+|[,;])')
pos, n, kinds = 0, 0, {}
while True:
    m = word.match(text, pos)
    if not m:
        break
    t = m.group(1)
    k = 'num' if t.isdigit() else 'punct' if t in ',;' else 'word'
    kinds[k] = kinds.get(k, 0) + 1
    pos = m.end()
    n += 1
print(n, pos, len(text), sorted(kinds.items()))
print(word.search(text, 5000).span(), word.match(text, 5000, 5003), len(word.findall(text, 100, 400)))
print(re.sub(r'(?m)^\s+', '', '  a\n   b\nc'), re.findall(r'(?m)^(\w+):\s*(.*)$', 'Host: x\nAccept: */*\nbad'))
