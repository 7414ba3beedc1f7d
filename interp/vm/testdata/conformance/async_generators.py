class Yield:
    """An awaitable that suspends the coroutine once, handing v to the driver."""
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

def run(coro, sends=()):
    """Drive a coroutine by hand; print what it yields to the 'event loop'."""
    sends = list(sends)
    value = None
    try:
        while True:
            y = coro.send(value)
            value = sends.pop(0) if sends else None
            print("  loop got", y)
    except StopIteration as e:
        return e.value

class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Yield("tick")
        return self.i

class Manager:
    async def __aenter__(self):
        print("enter")
        await Yield("entering")
        return "resource"
    async def __aexit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, val)
        await Yield("exiting")
        return typ is KeyError

async def countdown(n):
    try:
        while n > 0:
            x = yield n
            if x:
                print("  sent", x)
            n -= 1
            await Yield("between")
    finally:
        print("  countdown cleanup")

async def squares(n):
    for i in range(n):
        yield i * i

async def main():
    async for i in Ticker(2):
        print("ticker", i)
    async with Manager() as r:
        print("inside", r)
    async with Manager():
        raise KeyError("suppressed")
    try:
        async with Manager():
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    print([x async for x in squares(5) if x % 2 == 0])
    print({x: x async for x in squares(3)})
    print([await Yield(i) for i in range(2)])
    g = countdown(3)
    print(repr(g).split(" at ")[0], g.ag_running, g.ag_code.co_name)
    print(await g.__anext__())
    print(await g.asend("hi"))
    await g.aclose()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    g = countdown(5)
    print(await g.__anext__())
    try:
        await g.athrow(RuntimeError, RuntimeError("thrown"))
    except RuntimeError as e:
        print("athrow raised", e)
    g = squares(2)
    try:
        await g.asend(1)
    except TypeError as e:
        print(e)
    try:
        for x in squares(1):
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    class BadAiter:
        def __aiter__(self):
            return 1
    try:
        async for x in BadAiter():
            pass
    except TypeError as e:
        print(e)
    try:
        async with 3:
            pass
    except AttributeError as e:
        print("AttributeError", e)
    async def stopper():
        yield 1
        raise StopIteration
    try:
        async for x in stopper():
            print("stopper", x)
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignores()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    async def catcher():
        try:
            yield 1
        except ValueError as e:
            yield "handled %s" % e
    g = catcher()
    await g.__anext__()
    print(await g.athrow(ValueError("v")))
    aw = g.__anext__()
    print(type(aw).__name__, type(g.aclose()).__name__)
    try:
        aw.send(None)
    except StopAsyncIteration:
        print("done via send")
    return "main done"

print(run(main()))
print(run(squares(1).__anext__()))
