# bytepy's statistics: averages and spread (mean, harmonic_mean, median
# and its variants, mode, variance, stdev and their population forms),
# with CPython 3.7's exact arithmetic and result types.
#
# Sums are exact: every value becomes a numerator/denominator pair, the
# pairs are added as Fractions, and only the final result is converted
# back, to the "widest" type seen among the data (int < Fraction < float,
# or a subclass). So mean([1, 2, 3]) is the int 2, mean([1, 2]) the float
# 1.5, and a mean of Fractions is a Fraction.

import collections
import math
import numbers
from fractions import Fraction
from itertools import groupby

__all__ = ['StatisticsError', 'pstdev', 'pvariance', 'stdev', 'variance',
           'median', 'median_low', 'median_high', 'median_grouped',
           'mean', 'mode', 'harmonic_mean']


class StatisticsError(ValueError):
    pass


def _sum(data, start=0):
    """(type, exact total, count) of data, the total a Fraction unless a
    value is infinite or NaN."""
    count = 0
    n, d = _exact_ratio(start)
    partials = {d: n}
    T = _coerce(int, type(start))
    for typ, values in groupby(data, type):
        T = _coerce(T, typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        # a non-finite value: it is the answer (inf, -inf or nan)
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in sorted(partials.items()))
    return (T, total, count)


def _isfinite(x):
    try:
        return x.is_finite()  # a Decimal
    except AttributeError:
        return math.isfinite(x)


def _coerce(T, S):
    """The type a result of mixing T and S is given."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _exact_ratio(x):
    """(numerator, denominator) of x, or (x, None) for inf and NaN."""
    try:
        if type(x) is float:
            return x.as_integer_ratio()
        try:
            return (x.numerator, x.denominator)
        except AttributeError:
            try:
                return x.as_integer_ratio()
            except AttributeError:
                pass
    except (OverflowError, ValueError):
        return (x, None)
    raise TypeError("can't convert type '{}' to numerator/denominator".format(type(x).__name__))


def _convert(value, T):
    """value (a Fraction or non-finite float) as a T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _counts(data):
    table = collections.Counter(iter(data)).most_common()
    if not table:
        return table
    top = table[0][1]
    for i in range(1, len(table)):
        if table[i][1] != top:
            return table[:i]
    return table


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def mean(data):
    """Return the sample arithmetic mean of data."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    T, total, count = _sum(data)
    return _convert(total / n, T)


def harmonic_mean(data):
    """Return the harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1:
        x = data[0]
        if isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    try:
        T, total, count = _sum(1 / x for x in _fail_neg(data, errmsg))
    except ZeroDivisionError:
        return 0
    return _convert(n / total, T)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % obj)
    try:
        L = x - interval / 2  # the lower limit of the median interval
    except TypeError:
        L = float(x) - float(interval) / 2
    # the run of values equal to x, by binary search from both ends
    lo = _find_lteq(data, x)
    hi = _find_rteq(data, lo, x)
    cf = lo
    f = hi - lo + 1
    return L + interval * (n / 2 - cf) / f


def _find_lteq(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _find_rteq(a, l, x):
    lo, hi = l, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo - 1


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    table = _counts(data)
    if len(table) == 1:
        return table[0][0]
    if table:
        raise StatisticsError('no unique mode; found %d equally common values' % len(table))
    raise StatisticsError('no mode for empty data')


def _ss(data, c=None):
    """(type, sum of squared deviations from c or the mean), exactly."""
    if c is None:
        c = mean(data)
    T, total, count = _sum((x - c) ** 2 for x in data)
    U, total2, count2 = _sum((x - c) for x in data)
    # the second sum is zero but for rounding in c; it corrects for it
    total -= total2 ** 2 / len(data)
    return (T, total)


def variance(data, xbar=None):
    """Return the sample variance of data."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss = _ss(data, xbar)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of ``data``."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss = _ss(data, mu)
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    var = variance(data, xbar)
    try:
        return var.sqrt()
    except AttributeError:
        return math.sqrt(var)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    var = pvariance(data, mu)
    try:
        return var.sqrt()
    except AttributeError:
        return math.sqrt(var)
