async def f():
    a = [x async for x in y]
    b = {x async for x in y}
    c = {x: 1 async for x in y}
    d = (x async for x in y)
    e = [await x for x in y]
    g = [x async for x in y for z in x async for w in z]
