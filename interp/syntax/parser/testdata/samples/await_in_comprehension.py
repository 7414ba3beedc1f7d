async def f():
    return [await x async for x in y if await z]
