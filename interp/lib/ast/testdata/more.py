import ast

srcs = [
    "a[1], a[1:2], a[::], a[1:2, 3], a[...], b[x, y]\n*a, b = c\n[d, *e] = f",
    "@dec\n@dec2(1)\ndef f() -> int:\n    while x:\n        pass\n    else:\n        y = 1\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
    "try:\n    pass\nexcept:\n    pass\nelse:\n    z = 3\n",
    "async def f():\n    async with a as b:\n        await c\n    return [x async for x in y]\n",
    "def g():\n    global q\n    x = yield\n    yield from z\n    def h():\n        nonlocal x\n",
    "x = f'a{b}c{d!s:{e}}' + rf'\\n{x}'",
    "x = {**a, 'b': 1}, {*s}, (i for i in j for k in l if m)",
    "print(1, 2, *a, k=3, **b)\nraise\nreturn",
    "x: List[int]\n(y): int = 3\na.b: str",
    "del x, y[0], z.w\nimport a.b.c\nfrom ...x import *",
    "x = -1 ** -2 // 3 % 4 << 5 >> 6 | 7 ^ 8 & 9",
    "'''docstring'''\n'''not doc'''",
]
for s in srcs:
    t = ast.parse(s)
    print(ast.dump(t, include_attributes=True))
print(ast.dump(ast.parse("x = 1\ny = 2", mode="single") if False else ast.parse("if x: y", mode="single")))
print(ast.dump(ast.parse(b"x = 'b\\xc3\\xa9'")))
print(ast.get_docstring(ast.parse(srcs[-1])))
