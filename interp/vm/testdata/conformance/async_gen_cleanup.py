class Yield:
    def __init__(self, v): self.v = v
    def __await__(self):
        return (yield self.v)

def drive(aw, sends=()):
    sends = list(sends)
    v = None
    try:
        while True:
            y = aw.send(v)
            print("  yielded", y)
            v = sends.pop(0) if sends else None
    except StopIteration as e:
        return e.value

async def gen():
    try:
        for i in range(3):
            r = await Yield("await%d" % i)
            print("  await returned", r)
            yield i
    finally:
        print("  cleanup start")
        await Yield("cleanup-await")
        print("  cleanup end")

g = gen()
print(drive(g.__anext__(), ["a"]))
print(drive(g.asend(None), ["b"]))
print(drive(g.aclose()))
print(drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("SAI")

g = gen()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.throw(KeyError("k"))
except KeyError as e:
    print("thrown through await:", repr(e))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("SAI2")

async def inner():
    async def agen():
        yield 1
        yield 2
    a = agen()
    out = []
    async for x in a:
        out.append(x)
        async for y in agen():
            out.append(y * 10)
    return out
print(drive(inner()))

async def ag_running():
    g = None
    async def me():
        yield g.ag_running
    g = me()
    return await g.__anext__()
print(drive(ag_running()))

async def nested_with():
    class M:
        async def __aenter__(self):
            return self
        async def __aexit__(self, *a):
            print("  exit", a[0])
            return False
    async def agen():
        async with M():
            yield 1
            yield 2
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    return "ok"
print(drive(nested_with()))
