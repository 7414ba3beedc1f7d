import types
class Yield:
    def __init__(self, v): self.v = v
    def __await__(self):
        return (yield self.v)

async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)
        await Yield("tick%d" % i)

def run(coro):
    try:
        while True:
            v = coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print(out)
    g = agen(2)
    print(type(g).__name__, g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow:", e)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    print([x async for x in agen(2)])
    return "done"
print(run(main()))
