async def f():
    x = await y
    await z()
    return await a.b[1]
    await (await c)
