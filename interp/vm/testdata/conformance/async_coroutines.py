import types
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def uses():
    return await Awaitable()
u = uses()
print(u.send(None))
try:
    u.send(21)
except StopIteration as e:
    print(e.value)
async def agen():
    yield 1
print(type(agen()).__name__)
