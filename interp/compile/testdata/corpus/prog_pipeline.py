import itertools


def read_lines(text):
    for line in text.splitlines():
        yield line.strip()


def non_empty(lines):
    return (l for l in lines if l and not l.startswith('#'))


def parse(lines):
    for l in lines:
        key, _, value = l.partition('=')
        yield key.strip(), value.strip()


def take(n, it):
    return list(itertools.islice(it, n))


CONFIG = """
# comment
name = bytepy
version = 0.1

mode = fast
"""
settings = dict(parse(non_empty(read_lines(CONFIG))))
print(settings, take(2, itertools.count(10, 5)))
