# Pattern and Match objects, flags, errors and the module functions.
import re

p = re.compile(r'(?P<key>\w+)\s*=\s*(?P<val>[^;]*)')
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p))
print(type(p).__name__, type(p.match('a=1')).__name__, p == re.compile(p.pattern), re.compile(p) is p)
m = p.search('  x = 10; y=2')
print(m, m.span(), m.span('val'), m.start(1), m.end(2), m.regs)
print(m.group(), m.group(0, 'key', 2), m[1], m['val'], m.groups(), m.groupdict())
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p)
print(m.expand(r'\g<val> <- \1 \\ \n'))
print([x.span() for x in p.finditer('a=1;b=2;c=3', 2)], p.findall('a=1;b=2;c=3', 0, 7))
print(p.match('a=1', 1), p.search('xyz=1', 1), p.fullmatch('a=1;', 0, 3))
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.groupdict('-'), m.lastindex, m.span(2), m.start(3))
print(re.compile('a', re.I | re.M), re.compile(b'a+'), re.compile('a', re.A), re.compile('(?i)x'))
print(re.compile('x', re.I).flags, re.compile('(?s)x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags)
print(repr(re.I), repr(re.I | re.M), str(re.S), int(re.X | re.A), re.I | 1)
for bad in ['(', 'a)', '[', '\\', '*', '(?P<>x)', '\\k', 'a{2,1}', '(?<=a*)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.pattern == bad)
print(re.sub(r'\d', lambda m: '<%s>' % m.group(), 'a1b2'), re.sub('a', lambda m: '', 'banana'))
print(re.sub('(b)|(c)', r'[\1\2]', 'abcd'), re.subn('(?i)A', '-', 'aAb', 1), re.sub('a', 'x', 'aaa', 0))
print(re.split('(a)(x)?', 'bac'), re.split(r'\s', 'a b c', 1), re.split('z', 'abc'), re.split('a', ''))
print(re.findall('(a)(b)?', 'ab a'), re.findall(b'.', b'ab'), list(re.finditer('', 'ab')))
print(re.escape('hello world!'), re.escape('ä-ö'), re.escape('_a1'), re.escape(b'a b'))
print(re.fullmatch('a|ab', 'ab'), re.match('', 'x'), re.search('$', 'ab'))
print(re.sub('(?m)^', '# ', 'one\ntwo\n'), re.sub('$', '!', 'a\nb\n'), re.sub('(?m)$', '!', 'a\nb\n'))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(set(w for w in words if re.match('[a-m]', w))), [w for w in words if re.search('o', w)])
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith'))
print(re.compile(r'\d+').sub('#', 'a12b3', count=1), re.compile('a').subn('b', 'aa', count=5))
print(re.search(r'(?<=-)\w+', 'spam-egg').group(0), re.match(r'(\d+)\.(\d+)', '24.1632').groups())
re.purge()
print(re.match('(?x) \\d+ \\s* [a-z]+  # number then word', '42   abc').group())
print(re.search('a.+b', 'a\nxb') is None, re.search('a.+b', 'a\nxb', re.DOTALL).group())
print(re.findall(r'[A-Z][a-z]*', 'HelloWorldFooBAR'), re.findall(r'\$\d+(?:\.\d\d)?', '$5 and $3.50'))
print(re.split(r'\b', 'a b'), re.split(r'(?<=,)', 'a,b,c'), re.sub('x*', '-', 'abxd'))
try:
    re.compile('a').match('a').group(5)
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('(a)', r'\3', 'a')
except re.error as e:
    print('error', e)
