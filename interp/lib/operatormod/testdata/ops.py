import operator as op

print(op.add(1, 2), op.sub(5, 7), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 100))
print(op.lshift(1, 70), op.rshift(-256, 3), op.and_(12, 10), op.or_(12, 3), op.xor(12, 10), op.neg(5), op.pos(-5), op.abs(-3.5))
print(op.inv(5), op.invert(0), op.index(7), op.not_([]), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1.0), op.gt(3, 2), op.ge({1}, {1, 2}), op.lt([1, 2], [1, 3]))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2, 3], 2), op.contains('abc', 'd'))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.indexOf('hello', 'l'), op.indexOf([3, 4, 5], 5))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'a'), d)
op.delitem(d, 'a')
print(d, op.getitem([1, 2, 3, 4], slice(1, 3)), op.getitem('abc', -1))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5, 9), op.length_hint(iter(range(10))))
class H:
    def __length_hint__(self): return 12
print(op.length_hint(H()), op.length_hint(object(), 3))

l = [1]
r = op.iadd(l, [2])
print(r is l, l, op.iadd(1, 2), op.isub(5, 3), op.imul([0], 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3))
print(op.ilshift(1, 3), op.irshift(64, 2), op.iand(7, 3), op.ior(4, 1), op.ixor(7, 2), op.iconcat([1], (2,)))
s = {1}
print(op.ior(s, {2}) is s, s)

print(op.__add__ is op.add, op.__add__.__name__, op.__and__(6, 3), op.__not__(0), op.__inv__(1), op.__iadd__(1, 1), op.__lt__(1, 2))
print(op.__getitem__([5, 6], 1), op.__contains__([1], 1), op.__index__(True), op.__concat__('x', 'y'))
print(op.__all__)
print(op.add, op.attrgetter, op.itemgetter, op.methodcaller)

class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.y)
    def dist(self, scale=1, *, off=0): return (abs(self.x) + abs(self.y)) * scale + off
pts = [P(3, -1), P(1, 2), P(0, 0), P(-2, 5)]
print(sorted(pts, key=op.attrgetter('x')), sorted(pts, key=op.attrgetter('y', 'x')))
inner = P(P(1, 2), 3)
print(op.attrgetter('x.y')(inner), op.attrgetter('x.x', 'y')(inner))
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)([7, 8, 9]), op.itemgetter('k')({'k': 'v'}), op.itemgetter(slice(None, None, -1))([1, 2]))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=op.itemgetter(1)), list(map(op.itemgetter(0), [[1], [2]])))
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',', 1)('a,b,c'), op.methodcaller('dist', 2, off=1)(P(1, 1)))
print(repr(op.attrgetter('a', 'b.c')), repr(op.itemgetter(1, 'x')), repr(op.methodcaller('f', 1, k=2)), repr(op.itemgetter(1)))
print(repr(op.methodcaller('f')), repr(op.methodcaller('f', k='v')), repr(op.attrgetter('a')))
print(type(op.attrgetter('a')), type(op.itemgetter(1)).__name__, list(map(op.mul, [1, 2], [3, 4])))

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
show(op.add, 1)
show(op.add, 1, 'a')
show(op.neg, 'a')
show(op.neg)
show(op.neg, 1, 2)
show(op.add, 1, 2, x=3)
show(op.concat, 1, 2)
show(op.iconcat, 1, 2)
show(op.indexOf, [1], 2)
show(op.index, 1.5)
show(op.getitem, [1], 5)
show(op.setitem, [1], 1)
show(op.lt, 1, 'a')
show(op.attrgetter)
show(op.attrgetter, 1)
show(op.attrgetter('zz'), 1)
show(op.attrgetter('a'))
show(op.attrgetter('a'), 1, 2)
show(op.itemgetter)
show(op.itemgetter(5), [1])
show(op.methodcaller)
show(op.methodcaller, 5)
show(op.methodcaller('nope'), 1)
show(op.length_hint, [], 'a')
show(op.length_hint)
show(op.countOf, 5, 1)
show(op.indexOf, 5, 1)
show(op.length_hint, 1, 2, 3)
show(op.index, 2**100)
class I:
    def __index__(self): return 7
show(op.index, I())
show(op.__index__, False)
