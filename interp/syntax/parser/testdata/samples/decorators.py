@dec
def f():
    pass
@dec.attr
@dec2(1, 2)
@dec3()
class C:
    pass
@a.b.c(x=1)
async def g():
    pass
