NUMERALS = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
            (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(n)
    out = []
    for value, letters in NUMERALS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return ''.join(out)


def from_roman(s):
    values = dict((letters, value) for value, letters in NUMERALS if len(letters) == 1)
    total = 0
    for a, b in zip(s, s[1:] + ' '):
        v = values[a]
        total += -v if b != ' ' and values[b] > v else v
    return total


for n in (1, 4, 9, 14, 1994, 2024, 3999):
    r = to_roman(n)
    assert from_roman(r) == n, (n, r)
    print(n, r)
