import asyncio


async def fetch(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    a = await fetch(1)
    b, c = await asyncio.gather(fetch(2), fetch(3))
    return a + b + c


async def noawait():
    return 1


print(asyncio.get_event_loop().run_until_complete(main()))
