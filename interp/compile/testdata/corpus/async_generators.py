async def agen(n):
    for i in range(n):
        yield i


async def consume():
    out = [x async for x in agen(3)]
    out2 = [x for x in range(3) if await noop(x)]
    s = {x async for x in agen(2)}
    d = {x: x async for x in agen(2)}
    return out, out2, s, d


async def noop(x):
    return x


async def agen_await():
    await noop(1)
    yield 2
