class Config:
    debug = False
    level = 1
    names = ['a', 'b']
    mapping = {n: i for i, n in enumerate(names)}
    level += 1
    del debug
    x, y = 1, 2
    if level > 1:
        verbose = True
    else:
        verbose = False
    for i in range(3):
        pass
    try:
        import os
    except ImportError:
        os = None
    __slots__ = ()
    __private = 1

    def get(self):
        return self.__private, self.__other


print(Config.level, Config.x, Config.mapping)
