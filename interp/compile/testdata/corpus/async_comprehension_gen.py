async def f(ait):
    g = (x async for x in ait)
    h = (await x for x in [])
    return g, h
