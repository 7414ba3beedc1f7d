class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag', name.lower())
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {}


class Tagged(metaclass=Meta, tag='T'):
    pass


class Plain(object, metaclass=Meta):
    x = 1


class Multi(Tagged, Plain, metaclass=Meta, tag='m'):
    pass


bases = (object,)
kws = {'metaclass': Meta}
class Star(*bases, **kws):
    pass
