import functools


def deco(f):
    return f


@deco
async def a():
    return 1


class C:
    @deco
    async def m(self):
        async with self as s:
            return s

    @staticmethod
    @deco
    async def s():
        await a()


@functools.lru_cache()
def b():
    pass
