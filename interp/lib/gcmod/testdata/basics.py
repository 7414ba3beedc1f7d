import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()), gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ('x', 1.5):
    try:
        gc.collect(bad)
    except TypeError as e:
        print('TypeError', e)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
try:
    gc.set_threshold()
except TypeError as e:
    print('TypeError', e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
print(type(gc.get_count()), len(gc.get_count()))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, gc.callbacks, type(gc.get_objects()))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.freeze()
gc.unfreeze()
print(type(gc.get_freeze_count()))


class C:
    pass


def f():
    pass


for obj in (1, 2.5, 'abc', b'x', None, True, 3j, (), (1, 2), [], {}, {'a': 1},
            {'a': []}, {'a': {}}, {1: 'x'}, {'k': (1,)}, {'k': (1, [])}, ((),), set(), frozenset(), C(), f,
            C, int, len, range(3), ..., NotImplemented, bytearray()):
    print(repr(obj)[:12], gc.is_tracked(obj))

print(gc.get_referents([1, 2], (3, 'a')))
print(type(gc.get_referrers(C)))
try:
    gc.is_tracked()
except TypeError as e:
    print('TypeError', e)
try:
    gc.enable(1)
except TypeError as e:
    print('TypeError', e)
