# int / int with a zero or underflowing quotient and a negative sign must be
# -0.0 even when an operand is too big for the float64 shortcut.
def div(a, b):
    return a / b


for a, b in [(0, -1), (0, -2**62), (0, -2**63), (0, -2**100), (False, -2**70),
             (1, -10**400), (-1, 10**400), (-1, -10**400), (0, 10**400),
             (-10**400, 10**800), (2**64, -2**64), (2**53 + 1, -1)]:
    print(repr(div(a, b)))
