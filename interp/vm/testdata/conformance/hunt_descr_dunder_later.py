# __get__/__set__/__delete__ added to or deleted from a descriptor's class
# after the class statement: data-descriptor precedence over the instance
# dict, and descriptor-ness of a class attribute, follow at once, also in
# a function's loop whose attribute caches have already seen the attribute.
class DD:
    def __get__(self, o, t):
        return 'DD-get'


class Sub(DD):
    pass


class Own:
    d = DD()
    e = Sub()


def f():
    o = Own()
    o.__dict__['d'] = 'inst-d'
    o.__dict__['e'] = 'inst-e'
    r = []
    for i in range(4):
        r.append((o.d, o.e))
        if i == 0:
            setattr(DD, '__se' + 't__', lambda s, o, v: r.append(('set', v)))
        if i == 1:
            o.d = 5
            o.e = 6
        if i == 2:
            del DD.__set__
    o.d = 7
    r.append(sorted(o.__dict__.items()))
    return r


print(f())


class NG:
    pass


class Own2:
    x = NG()


def g():
    o = Own2()
    r = []
    for i in range(3):
        r.append(type(o.x).__name__)
        if i == 0:
            NG.__get__ = lambda s, o, t: 'now-get'
    return r


print(g())
