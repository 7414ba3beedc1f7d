async def f():
    await a.b.c()
    (await a).b
