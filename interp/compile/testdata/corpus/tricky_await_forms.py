async def f(a, b):
    x = await a
    y = await a + await b
    z = [await a for _ in range(2)]
    w = await (await a)
    v = -await a
    u = await a.b(c=await b)
    return x, y, z, w, v, u
