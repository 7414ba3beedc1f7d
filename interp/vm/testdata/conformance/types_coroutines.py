import types
async def ag():
    yield 1
async def co():
    pass
c = co()
print(type(ag()) is types.AsyncGeneratorType, type(c) is types.CoroutineType)
c.close()
@types.coroutine
def legacy():
    yield "x"
async def user():
    return await legacy()
u = user()
print(u.send(None))
print(repr(c).split(" at")[0], c.cr_code.co_name, c.cr_running, c.cr_frame, c.cr_await)
print(ag.__name__, ag().ag_frame is not None)
