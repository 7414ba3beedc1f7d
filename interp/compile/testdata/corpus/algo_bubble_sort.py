def bubble_sort(xs):
    """Sorts xs in place and returns it."""
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - i - 1):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs


print(bubble_sort([5, 2, 9, 1, 5, 6]))
