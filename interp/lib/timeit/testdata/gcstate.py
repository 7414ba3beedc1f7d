import gc
import timeit

seen = []
timeit.timeit('seen.append(gc.isenabled())', number=2, globals=globals())
print(seen, gc.isenabled())
t = timeit.Timer('seen.append(gc.isenabled())', setup='import gc; gc.enable()', globals=globals())
seen.clear()
t.timeit(1)
print(seen, gc.isenabled())
gc.disable()
timeit.timeit('pass', number=1)
print(gc.isenabled())
gc.enable()
