import copy

class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.items)

p = P(1, [1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.items is p.items, r.items is p.items, type(q).__name__, q is p)
q.x = 5
print(p.x, q.x)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return WithCopy(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return WithCopy(copy.deepcopy(self.v, memo))
w = WithCopy(5)
print(copy.copy(w).v, copy.deepcopy(w).v)

class State:
    def __init__(self):
        self.a = 1
        self.b = [2]
    def __getstate__(self):
        print('getstate')
        return {'a': self.a}
    def __setstate__(self, st):
        print('setstate', st)
        self.__dict__.update(st)
s = State()
t = copy.deepcopy(s)
print(t.a, hasattr(t, 'b'))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node('root')
child = Node('child')
child.parent = root
root.children.append(child)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0] is not child, r2.name)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
sl = Slotted()
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a, sc.a is sl.a, sd.a, sd.a is sl.a, hasattr(sd, 'b'))

class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print('reduce')
        return (Red, (self.v * 2,))
print(copy.copy(Red(3)).v, copy.deepcopy(Red([4])).v)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 't'
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, md, md[1] is ml[1], mc[1] is ml[1])

class MyDict(dict):
    pass
mdc = copy.deepcopy(MyDict(a=[1]))
print(type(mdc).__name__, mdc)

e = ValueError('bad', [1])
e.note = 'n'
ec = copy.deepcopy(e)
print(type(ec).__name__, ec.args, ec.args[1] is e.args[1], ec.note)

class M:
    def meth(self):
        return self
m = M()
bm = copy.deepcopy(m.meth)
print(bm() is not m, type(bm()).__name__)
print(type(copy.copy(object())).__name__)

def g():
    yield 1
try:
    copy.copy(g())
except TypeError as ex:
    print('TypeError', ex)
