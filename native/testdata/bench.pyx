def cc_simple_loop():
    cdef int acc = 0
    cdef int i = 0
    for i in range(1000):
        acc += i
    return acc

cpdef long fib(int n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def count_primes(int n):
    cdef int count = 0, k, d
    cdef bint isp
    for k in range(2, n):
        isp = True
        d = 2
        while d * d <= k:
            if k % d == 0:
                isp = False
                break
            d += 1
        if isp:
            count += 1
    return count

def leibniz(int n):
    cdef double s = 0.0
    cdef int k
    for k in range(n):
        if k % 2 == 0:
            s += 1.0 / (2 * k + 1)
        else:
            s -= 1.0 / (2 * k + 1)
    return 4 * s
