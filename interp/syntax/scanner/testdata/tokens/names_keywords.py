async def f(): await x; return None, True, False
