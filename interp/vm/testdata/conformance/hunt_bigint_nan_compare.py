# An int too big for the float shortcut compared with NaN: every order
# comparison is False, and min/max/sorted keep CPython's choices.
nan = float('nan')


def orders(a, b):
    return (a < b, a <= b, a > b, a >= b, a == b, a != b)


for a in [2**70, -2**70, 2**63, 1, True]:
    print(orders(a, nan), orders(nan, a))
print(min(nan, 2**70), min(2**70, nan), max(nan, -2**70), max(-2**70, nan))
print(sorted([nan, 2**70, 1]), sorted([3, nan, 1, 2]))
