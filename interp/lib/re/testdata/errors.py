# Compile errors (messages and positions), conditionals, deep inputs.
import re
for bad in ['(?P<a', '(?P<a>', '(?Px)', '(?<x)', '(?', '(?i', '(?i-', '(?-i)', 'a{1,2', '[a-\\d]', '[\\d-a]', '\\8', '(?P=)', '(?P=a', '\\u12', '[\\z]', '(?<=a|bc)', 'a|*', '(*)', '(?:', '((a)', 'a]', '[a]]', '}', 'a{1}?', 'a{1}?+', '(?x)a + +', '\\0', '\\07', '\\777', '[\\1]', '(?L)a', '(?u)a']:
    try:
        r = re.compile(bad)
        print(repr(bad), 'ok', r.flags, r.search('xay\x07'))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(len(re.match('(a|b)*', 'ab'*50000).group()))
print(len(re.match('(?:a|b)*c', 'ab'*50000+'c').group()))
print(re.sub(b'(a)', b'[\\1]', b'xax'), re.split('(a)(b)?', 'xaxabx', 1))
print(re.match('^b', 'ab', re.M), re.compile('^b').match('ab', 1), re.compile('a$').search('ab', 0, 1))
for pat, s in [(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com>'), (r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', 'user@host.com'),
               (r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com'), (r'(?P<q>")?\w+(?(q)")', '"ab" cd'), (r'(a)?(?(1)b)c', 'c abc bc')]:
    print(re.findall(pat, s), re.search(pat, s))
for bad in ['(?(1)a|b|c)', '(?(x)a)', '(?(1a)a)', '(?(0)a)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, e)
