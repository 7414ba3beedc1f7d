async def f():
    async with a as b:
        async for c in d:
            await e
