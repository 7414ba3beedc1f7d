"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k;
a[0] is always the smallest item.  The primitives come from _heapq;
nsmallest, nlargest and merge are built on them here.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output (a generator).

    Ties go to the input that came first, so the merge is stable.
    """
    # Each heap entry is [sort key, input number, (value,) iterator]; the
    # input number breaks ties and is negated for a reversed merge so
    # that the max-heap still prefers earlier inputs.
    if reverse:
        make_heap, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, sign = heapify, heappop, heapreplace, 1
    entries = []
    for number, source in enumerate(map(iter, iterables)):
        try:
            first = next(source)
        except StopIteration:
            continue
        if key is None:
            entries.append([first, number * sign, source])
        else:
            entries.append([key(first), number * sign, first, source])
    make_heap(entries)
    if key is None:
        while len(entries) > 1:
            try:
                while True:
                    entry = entries[0]
                    yield entry[0]
                    entry[0] = next(entry[2])
                    replace(entries, entry)
            except StopIteration:
                pop(entries)
        if entries:
            yield entries[0][0]
            yield from entries[0][2]
        return
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        yield entries[0][2]
        yield from entries[0][3]


def _small_cases(n, iterable, key, pick, reverse):
    # The cheap paths: a single item is min()/max(), and asking for at
    # least as many items as there are is just a sort.
    if n == 1:
        missing = object()
        source = iter(iterable)
        if key is None:
            best = pick(source, default=missing)
        else:
            best = pick(source, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return None
    if n >= size:
        return sorted(iterable, key=key, reverse=reverse)[:n]
    return None


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    done = _small_cases(n, iterable, key, min, False)
    if done is not None:
        return done
    # Keep the n best seen so far in a max-heap, so the worst of them is
    # at the top; each entry carries its arrival number so ties keep
    # their input order and values themselves are never compared on a tie.
    source = iter(iterable)
    if key is None:
        best = [(value, number) for number, value in zip(range(n), source)]
        if not best:
            return best
        _heapify_max(best)
        worst = best[0][0]
        number = n
        for value in source:
            if value < worst:
                _heapreplace_max(best, (value, number))
                worst = best[0][0]
                number += 1
        best.sort()
        return [entry[0] for entry in best]
    best = [(key(value), number, value) for number, value in zip(range(n), source)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    number = n
    for value in source:
        k = key(value)
        if k < worst:
            _heapreplace_max(best, (k, number, value))
            worst = best[0][0]
            number += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key, reverse=True)[:n]."""
    done = _small_cases(n, iterable, key, max, True)
    if done is not None:
        return done
    # The mirror image of nsmallest: a min-heap of the n largest, with
    # decreasing arrival numbers so earlier items win ties after the
    # final reverse sort.
    source = iter(iterable)
    if key is None:
        best = [(value, number) for number, value in zip(range(0, -n, -1), source)]
        if not best:
            return best
        heapify(best)
        worst = best[0][0]
        number = -n
        for value in source:
            if worst < value:
                heapreplace(best, (value, number))
                worst = best[0][0]
                number -= 1
        best.sort(reverse=True)
        return [entry[0] for entry in best]
    best = [(key(value), number, value) for number, value in zip(range(0, -n, -1), source)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    number = -n
    for value in source:
        k = key(value)
        if worst < k:
            heapreplace(best, (k, number, value))
            worst = best[0][0]
            number -= 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
