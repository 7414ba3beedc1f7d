class Ctx:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def use():
    total = 0
    async with Ctx() as c:
        async for x in AIter(3):
            total += x
        else:
            total += 100
    async with Ctx(), Ctx() as d:
        pass
    async for y in AIter(2):
        if y == 1:
            continue
        break
    return total
