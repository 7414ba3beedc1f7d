from statistics import (mean, median, median_low, median_high, median_grouped, mode, stdev, variance,
                        pstdev, pvariance, harmonic_mean, StatisticsError)
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean([1, 2]), mean(data), mean([F(1, 2), F(1, 3)]), mean(iter([1.5, 2])))
print(mean([1, 2.5]), mean([True, False]), mean(range(10)), mean([10**20, 1]), mean([0.1] * 10))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 3]), median(['b', 'a', 'c']), median([1.5, 2]))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_low([1, 3, 5]), median_high(['a', 'b']))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7]), median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([5]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]), mode('aab'))
print(variance(data), variance([1, 2, 3, 4]), variance([F(1, 4), F(5, 4), F(1, 2)]), variance([1, 2, 3, 4], 2.5))
print(pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance([1, 2, 3, 4]), pvariance([F(1, 4), F(5, 4)]), pvariance([1, 2], mu=1))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([1, 2, 3, 4]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([2, 2]))
print(stdev([F(1, 2), F(3, 2)]), variance(range(20)), stdev(range(100)))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([1, 0, 2]), harmonic_mean([5]), harmonic_mean([F(1, 2), F(1, 4)]))
print(mean([1, float('inf')]), mean([float('nan'), 1]))
for call in [lambda: mean([]), lambda: median([]), lambda: mode([]), lambda: mode([1, 2]), lambda: variance([1]),
             lambda: pvariance([]), lambda: stdev([]), lambda: harmonic_mean([]), lambda: harmonic_mean([1, -1]),
             lambda: median_low([]), lambda: median_grouped([])]:
    try:
        print(call())
    except StatisticsError as e:
        print('StatisticsError', e, isinstance(e, ValueError))
for call in [lambda: mean(['a', 'b']), lambda: mean([1, 'a']), lambda: harmonic_mean(['x'])]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
