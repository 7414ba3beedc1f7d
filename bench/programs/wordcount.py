# Dict-heavy counting: build a deterministic text, count words and bigrams
# in plain dicts (get, setdefault, in, items), then pick the most frequent.
# Modules: none.
N = 320000


def make_words(n):
    syll = ["ka", "lo", "mi", "ne", "ru", "ti", "so", "ba"]
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + x % 3
        w = ""
        y = x >> 8
        for _ in range(k):
            w += syll[y % 8]
            y //= 8
        words.append(w)
    return words


def main():
    words = make_words(N)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    bigrams = {}
    for i in range(len(words) - 1):
        key = (words[i], words[i + 1])
        if key in bigrams:
            bigrams[key] += 1
        else:
            bigrams[key] = 1
    by_first = {}
    for w in words:
        by_first.setdefault(w[0], []).append(len(w))
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    best_bi = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    summary = sorted((k, sum(v)) for k, v in by_first.items())
    print("wordcount", N, len(counts), len(bigrams), best, best_bi, summary)


main()
