import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "breaks long-winded, hyphen-separated words -- and em-dashes--like this "
        "one--at sensible places. Supercalifragilisticexpialidocious is long. "
        "Numbers 123-456 and e-mail addresses like a-b@c-d.org and well-known "
        "x-ray co-operation re-re-release A-B-C-D stay.")
for width in (1, 5, 10, 12, 15, 20, 33, 40, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 8, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("  leading   and   trailing  ", 10))
print(textwrap.wrap("  leading   and   trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc\nd  e\x0bf", 6))
print(textwrap.wrap("a\tb\tc", 20, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\nd", 20, replace_whitespace=False))
print(textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("Hello there. How are you? I am fine! ok. \"Quote.\" end", 80, fix_sentence_endings=True))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('', 10))
for w in (10, 15, 20, 30, 60):
    print(w, repr(textwrap.shorten(text, w)))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=' ~'))
print(textwrap.wrap("one two three four", 10, max_lines=1))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten('abc def', 3)
except ValueError as e:
    print('ValueError', e)
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("    a\n   \n      b\n")))
print(repr(textwrap.dedent("\ta\n\tb\n  \n")))
print(repr(textwrap.dedent("no indent\n  x\n")))
print(repr(textwrap.dedent('''
    def f():
        return 1
''')))
print(repr(textwrap.indent("a\nb\n\nc\n", '> ')))
print(repr(textwrap.indent("a\nb\n\n", '+ ', lambda line: True)))
print(repr(textwrap.indent("a\r\nb", '- ')))
w = textwrap.TextWrapper(width=12, subsequent_indent='..')
print(w.wrap("the rain in spain falls mainly on the plain"), w.width)
print(textwrap.wrap("über-lange wörter-mit bindestrich _a-_b 3a-b4 a--b --x", 6))
print(textwrap.wrap("x -- y --z a---b foo--bar -- baz", 4))
