def wrap(int a):
    cdef int b = a + 1
    return b
def wrap2(int a):
    return a + 1
def fdiv(int a, int b):
    return a // b
def fmod(int a, int b):
    return a % b
def tdiv(int a, int b):
    return a / b
def ddiv(double a, double b):
    return a / b
def dfloordiv(double a, double b):
    return a // b
def dmod(double a, double b):
    return a % b
def isbig(int a):
    cdef bint r = a > 10
    return r
def one(int a):
    return a
def two(int a, int b):
    return a
def dflt(int a, double x=1.5):
    return a + x
def none():
    return 1
def sh(short s):
    return s
def ch(char c):
    return c
def ul(unsigned int u):
    return u
def lo(long l):
    return l
def dd(double d):
    return d
def bb(bint b):
    return b
cpdef long fib(int n):
    if n < 2:
        return n
    return fib(n-1) + fib(n-2)
cdef int cdiv(int a, int b):
    return a // b
def callcdiv(int a, int b):
    return cdiv(a, b)
def powi(int a, int b):
    return a ** b
def minint(int a):
    return a // -1
def lit():
    cdef int a = 2147483647
    return a + 1
def lit2():
    cdef int a = 2147483647
    cdef long b = a + 1
    return b
def mul():
    cdef int a = 65536
    return a * a
def fl(float f):
    return f
def ull(unsigned long long u):
    return u
def mixed(int a, double b):
    return a * b
def cmp3(int a, int b, int c):
    return a < b < c
def ifexp(int a):
    return 1 if a > 0 else -1
def loop_step(int n):
    cdef int i, s = 0
    for i in range(n, 0, -2):
        s += i
    return s
def loop_var_after(int n):
    cdef int i = -5
    for i in range(n):
        pass
    return i
def arr(int n):
    cdef int a[10]
    cdef int i
    for i in range(10):
        a[i] = i * n
    return a[9]
def whiles(int n):
    cdef long s = 0
    while n > 0:
        if n % 3 == 0:
            n -= 1
            continue
        s += n
        n -= 1
        if s > 100:
            break
    return s
cdef double half(double x) except? -1:
    return x / 2
def usehalf(double x):
    return half(x)
cdef int raiser(int a, int b) except -1:
    return a // b
def useraiser(int a, int b):
    return raiser(a, b) + 1
def absmin(int a, int b):
    return abs(a) + min(a, b) * max(a, b, 3)
def infer(double x):
    y = x * 2
    y += 1.5
    return y
def ushort(unsigned short u):
    return u
def uint_wrap(unsigned int u):
    cdef unsigned int v = u - 1
    return v
def bint_and(bint a, bint b):
    return a and b
def truth_not(int a):
    return not a
def lshift(int a, int b):
    return a << b
def negmod(long a, long b):
    return a % b
def fpow(double a, double b):
    return a ** b
def primes(int n):
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
def dfib(int n):
    if n < 2:
        return n
    return dfib(n - 1) + dfib(n - 2)
def halves(int n):
    if n == 0:
        return 1.0
    return halves(n - 1) / 2
def big_sum(int n):
    cdef long s = 0
    cdef int i
    for i in range(n):
        s += 3000000000
    return s
