import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 100), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
def grade(score, breaks=[60, 70, 80, 90], letters="FDCBA"):
    return letters[bisect.bisect(breaks, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
