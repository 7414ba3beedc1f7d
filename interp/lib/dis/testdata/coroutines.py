import dis

async def co(x):
    await x
    return 1

async def agen():
    yield 1

c = co(None)
dis.dis(c)
c.close()
dis.dis(co)
dis.dis(agen)
print(dis.code_info(co))
print(dis.pretty_flags(co.__code__.co_flags), dis.pretty_flags(agen.__code__.co_flags))
dis.dis(lambda a, *b: (a, b))
try:
    dis.dis(print)
except TypeError as e:
    print(e)
