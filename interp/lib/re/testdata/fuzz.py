# Random patterns from a small grammar (a fixed LCG, so the run is the
# same everywhere), each tried with several operations on random text.
import re

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


ATOMS = ['a', 'b', 'ab', '.', '[ab]', '[^a]', r'\d', r'\w', r'\s', r'\W', 'x', '[a-c1]']
QUANTS = ['', '', '', '*', '+', '?', '{1,2}', '*?', '+?', '??', '{2}', '{0,1}?']
ASSERTS = [r'\b', r'\B', '^', '$', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', r'\A', r'\Z']


def gen(depth, groups):
    parts = []
    for _ in range(1 + rnd(3)):
        k = rnd(10)
        if k < 5 or depth > 2:
            parts.append(ATOMS[rnd(len(ATOMS))] + QUANTS[rnd(len(QUANTS))])
        elif k < 7:
            groups[0] += 1
            parts.append('(' + gen(depth + 1, groups) + ')' + QUANTS[rnd(len(QUANTS))])
        elif k < 8:
            parts.append('(?:' + gen(depth + 1, groups) + '|' + gen(depth + 1, groups) + ')' + QUANTS[rnd(len(QUANTS))])
        elif k < 9:
            parts.append(ASSERTS[rnd(len(ASSERTS))])
        elif groups[0]:
            parts.append('\\%d' % (1 + rnd(groups[0])))
    return ''.join(parts)


def text():
    return ''.join('ab1 \nx'[rnd(6)] for _ in range(rnd(9)))


FLAGS = [0, 0, re.I, re.M, re.S]
for n in range(400):
    pat = gen(0, [0])
    flags = FLAGS[rnd(len(FLAGS))]
    s = text()
    try:
        p = re.compile(pat, flags)
        m = p.search(s)
        r = [p.findall(s), p.sub('<\\g<0>>', s), p.split(s),
             m and (m.span(), m.groups(), m.lastindex), bool(p.fullmatch(s))]
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(n, repr(pat), int(flags), repr(s), r)
