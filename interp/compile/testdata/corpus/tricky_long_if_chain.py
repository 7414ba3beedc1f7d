def classify(n):
    if n == 0:
        return 'zero'
    elif n == 1:
        return 'one'
    elif n == 2:
        return 'two'
    elif n == 3:
        return 'three'
    elif n < 0:
        return 'negative'
    elif n % 2 == 0 and n % 3 == 0:
        return 'six-ish'
    elif n % 2 == 0:
        return 'even'
    elif n % 3 == 0 or n % 5 == 0:
        return 'odd-ish'
    else:
        return 'other'
