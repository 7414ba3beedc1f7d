import re
from collections import Counter, defaultdict

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks; the fox runs."""


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def stats(text):
    counts = Counter(words(text))
    by_len = defaultdict(list)
    for w in counts:
        by_len[len(w)].append(w)
    longest = max(by_len)
    return {
        'total': sum(counts.values()),
        'unique': len(counts),
        'top': counts.most_common(3),
        'longest': sorted(by_len[longest]),
    }


for key, value in sorted(stats(TEXT).items()):
    print('%-8s %r' % (key, value))
