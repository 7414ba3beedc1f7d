# The lecture's loop: simple_loop() sums range(1000); call it many times.
# Stresses: FOR_ITER over range, LOAD_FAST/INPLACE_ADD on small ints, calls.
# Modules: none.
N = 10000


def simple_loop():
    acc = 0
    for i in range(1000):
        acc += i

    return acc


def main():
    total = 0
    for _ in range(N):
        total += simple_loop()
    print("loop", N, total)


main()
