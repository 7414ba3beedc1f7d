"""Golden data for package symtable, from CPython 3.7 (the oracle).

Run:  python3.7 interp/compile/symtable/testdata/gen.py [OUT]
It writes testdata/symtable.json (or OUT): for every source in CASES, its AST
(astdump format, see interp/compile/fold/testdata/astdump.py), and either
the SyntaxError symtable.symtable() raises (msg, lineno, offset) or the
block tree: per block its type, name, lineno, is_nested, children, the raw
flags word of every symbol (DEF_* bits | scope << SCOPE_OFF), any warnings,
and, from compile(), the matching code object's co_flags, co_varnames,
co_cellvars and co_freevars.

With --files it reads file names from stdin and prints the same facts for
each as JSON (the live test uses this on the compiler's corpus).
"""
import json
import os
import sys
import types
import warnings

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', '..', 'fold', 'testdata'))
import ast  # noqa: E402
import symtable  # noqa: E402
import astdump  # noqa: E402

CASES = [
    # plain module and function scopes
    "x = 1\nprint(x)\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a + b + c + d\n",
    "def f():\n    x = 1\n    return x\n",
    "def f():\n    return y\n",
    "import os, os.path as p, a.b.c\nfrom x import y as z, w\n",
    "from m import *\n",
    "def f():\n    import a.b\n    from c import d\n",
    "del x\ndef f():\n    del y\n",
    "for i, (j, k) in x:\n    pass\nelse:\n    z = 1\n",
    "with a as b, c as (d, e):\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    f = e\nelse:\n    g = 1\nfinally:\n    h = 2\n",
    "x += 1\ny[0] = 2\nz.a = 3\n",
    "assert x, y\nraise E from F\n",
    "while x:\n    break\nelse:\n    continue_ = 1\n",
    "if a:\n    b = 1\nelif c:\n    d = 2\nelse:\n    e = 3\n",
    "x = [*a, *b]\ny = {**c, 'k': d}\nf(*g, **h)\n",
    "x = a if b else c\ny = not d and e or f\n",
    "x = f'{a!r:{b}}'\n",
    "x = a[b:c:d, e]\n",
    # closures
    "def f():\n    x = 1\n    def g():\n        return x\n    return g\n",
    "def f(x):\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    "def f():\n    def g():\n        return x\n    x = 1\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        return x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        def h():\n            nonlocal x\n            x += 1\n        return h\n",
    "def f():\n    global x\n    x = 1\n    def g():\n        return x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        return x\n",
    "x = 0\ndef f():\n    global x\n    x = 1\ndef g():\n    return x\n",
    "def f():\n    global y\ndef g():\n    return y\n",
    "def f(a):\n    return lambda: a\n",
    "f = lambda x, *y, z=1, **w: x + z\n",
    "f = lambda: (yield)\n",
    "def f():\n    a = 1\n    return lambda b: lambda c: a + b + c\n",
    "def f(x):\n    x = 2\n    def g(): return x\n",
    "def f(*args, **kwargs):\n    def g():\n        return args, kwargs\n",
    "def f():\n    def g():\n        pass\n    g()\n",
    "def outer():\n    v = 1\n    class C:\n        def m(self):\n            return v\n    return C\n",
    "def outer():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v\n    return C\n",
    "def outer():\n    class C:\n        w = 2\n        def m(self):\n            return w\n",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n",
    "def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            return x\n",
    # classes
    "class C:\n    x = 1\n    def m(self):\n        return x\n",
    "class C(B, metaclass=M):\n    pass\n",
    "class C:\n    def m(self):\n        return super().m()\n",
    "class C:\n    def m(self):\n        return __class__\n",
    "class C:\n    def m(self):\n        def n():\n            return super()\n        return n\n",
    "class C:\n    def m(self):\n        return [super() for _ in ()]\n",
    "class C:\n    super()\n",
    "def super_user():\n    return super()\n",
    "class C:\n    def m(self):\n        super = 1\n        return super\n",
    "class C:\n    __class__ = 1\n    def m(self):\n        return __class__\n",
    "class C:\n    class D:\n        def m(self):\n            return super()\n",
    "@dec\nclass C:\n    @staticmethod\n    def m():\n        pass\n",
    "@a.b(c)\ndef f():\n    pass\n",
    # name mangling
    "class C:\n    __x = 1\n    def __m(self, __a):\n        return self.__x + __a + __y\n",
    "class _C:\n    __x = 1\n",
    "class __:\n    __x = 1\n",
    "class C:\n    __x__ = 1\n    _y = 2\n    __ = 3\n",
    "class C:\n    import __a.b\n    import __c as __d\n",
    "class C:\n    def m(self):\n        global __g\n        __g = 1\n",
    "class C:\n    class __D:\n        __e = 1\n",
    "class C:\n    def f(self):\n        class D:\n            __z = 1\n        return __w\n",
    "class C:\n    __x = [__y for __z in __w]\n",
    "class C:\n    def m(self, __p=__q):\n        pass\n",
    # comprehensions
    "x = [i for i in range(3)]\n",
    "x = [i * j for i in a for j in b if i if j]\n",
    "x = {k: v for k, v in d.items()}\n",
    "x = {i for i in s}\n",
    "x = (i for i in s)\n",
    "def f(n):\n    return [i + n for i in range(n)]\n",
    "def f(n):\n    return [[i + j for j in range(n)] for i in range(n)]\n",
    "x = [lambda: i for i in range(3)]\n",
    "class C:\n    y = 1\n    x = [y for _ in range(3)]\n    z = [a for a in y]\n",
    "x = [i for i in [j for j in a]]\n",
    "def f():\n    [(yield i) for i in x]\n",
    "def f():\n    return ((yield) for i in x)\n",
    "async def f():\n    return [i async for i in a]\n",
    "async def f():\n    return [await i for i in a]\n",
    "async def f():\n    return (i async for i in a)\n",
    "def f():\n    return [i for i in range(3) if (lambda: i)()]\n",
    "async def f():\n    return (await i for i in a)\n",
    "async def f():\n    return [[await j for j in i] for i in a]\n",
    "async def f():\n    return [j for j in await a]\n",
    "async def f():\n    return {k: await v async for k, v in a}\n",
    # generators and coroutines
    "def f():\n    yield 1\n",
    "def f():\n    yield from g()\n",
    "def f():\n    x = yield\n    return x\n",
    "async def f():\n    await g()\n",
    "async def f():\n    yield 1\n",
    "async def f():\n    async with a as b:\n        pass\n    async for c in d:\n        pass\n",
    "def f():\n    return 1\n",
    "def f():\n    return\n",
    # annotations
    "x: int = 1\ny: str\n(z): int = 2\na.b: int\nc[0]: int\n",
    "def f(a: A, *b: B, c: C, **d: D) -> R:\n    e: E = 1\n    f: F\n",
    "from __future__ import annotations\ndef f(a: A) -> R:\n    b: B\n",
    "def f():\n    (x): int\n    global x\n",
    "class C:\n    x: int\n    y: int = 2\n",
    "def f():\n    x = 1\n    def g():\n        y: x\n",
    # global / nonlocal
    "global x\nx = 1\n",
    "def f():\n    global x, y\n    x = y = 1\n",
    "def f():\n    global x\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        nonlocal x\n",
    # assorted
    "class C:\n    global g\n    g = 1\n    def m(self):\n        return g\n",
    "class C:\n    d = 1\n    f = lambda self, x=d: x + d\n",
    "class C:\n    v = [1]\n    g = (x for x in v if x in v)\n",
    "def f():\n    x = 1\n    def g():\n        del x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        del x\n    return g\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        def g():\n            return e\n",
    "class C:\n    def m(self):\n        return self.super\n",
    "class C:\n    def m(self):\n        __class__ = 1\n        return __class__\n",
    "class C:\n    def m(self):\n        def n():\n            __class__ = 2\n            return super()\n",
    "def f(a, b):\n    def g(c=a, *, d=b):\n        return c, d\n",
    "def f():\n    x = y = z = 0\n    def g():\n        return x\n    def h():\n        nonlocal y\n        y = 1\n    return lambda: z\n",
    "def f():\n    def g():\n        def h():\n            return v\n        return h\n    v = 1\n    return g\n",
    "def f():\n    class C:\n        def m(self):\n            return C\n    return C\n",
    "def f(__a):\n    class C:\n        def m(self, __b):\n            return __a, __b\n",
    "with open(f) as g, h(g) as (i, *j):\n    k = [g for g in i]\n",
    "async def f():\n    async with a as b:\n        return [c async for c in b if await c]\n",
    "def f():\n    return {x: y for x in a for y in x}, {*(z for z in b)}\n",
    "x = 1\nclass C:\n    x = 2\n    def m(self):\n        global x\n        return x\n",
    "def gen():\n    while True:\n        x = yield\n        if x:\n            return x\n",
    "def f():\n    a: int = 1\n    def g():\n        return a\n",
    # errors
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int = 3\n",
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f(a, a):\n    pass\n",
    "if 1:\n    def f(a, *, a): pass\n",
    "def f(a, *a): pass\n",
    "def f(a, **a): pass\n",
    "lambda a, a: 1\n",
    "x = [1 for a in b if (lambda c, c: 1)]\n",
    "def f():\n    from os import *\n",
    "class C:\n    from os import *\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    x: int\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 3\n",
    "class C:\n    def m(self, __a, _C__a):\n        pass\n",
    "def f():\n    def g():\n        nonlocal y\n    y = 1\n    global z\n    z = 1\n",
    "class C:\n    x = 1\n    def m(self):\n        nonlocal x\n",
    "def f():\n    for x in y:\n        global x\n",
    "def f():\n    import x\n    global x\n",
    "def f():\n    def x(): pass\n    global x\n",
    "def f():\n    class x: pass\n    nonlocal x\n",
    "def f():\n    try:\n        pass\n    except E as x:\n        global x\n",
    "def f(a):\n    def g():\n        global a\n        nonlocal a\n",
]

TYPES = {'function': 'function', 'class': 'class', 'module': 'module'}
CODE_FLAGS = 0x04 | 0x08 | 0x10 | 0x20 | 0x40 | 0x80 | 0x100 | 0x200


def code_children(co):
    return [c for c in co.co_consts if isinstance(c, types.CodeType)]


def code_name(block):
    n = block.get_name()
    return {'lambda': '<lambda>', 'listcomp': '<listcomp>', 'setcomp': '<setcomp>',
            'dictcomp': '<dictcomp>', 'genexpr': '<genexpr>'}.get(n, n) \
        if block.get_type() == 'function' else n


def block(t, co):
    d = {
        'type': t.get_type(), 'name': t.get_name(), 'lineno': t.get_lineno(),
        'nested': t.is_nested(),
        'symbols': {s.get_name(): s._Symbol__flags for s in t.get_symbols()},
    }
    if co is not None:
        d['code'] = {'flags': co.co_flags & CODE_FLAGS, 'varnames': list(co.co_varnames),
                     'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
                     'argcount': co.co_argcount, 'kwonlyargcount': co.co_kwonlyargcount}
    codes = code_children(co) if co is not None else []
    used = [False] * len(codes)
    kids = []
    for c in t.get_children():
        # Code objects come in compile order, which is not always the
        # symbol table's (a comprehension in the first iterable of another
        # is compiled after it), so prefer the code object whose varnames
        # are exactly the block's parameters and plain locals.
        want = {s.get_name() for s in c.get_symbols()
                if s.is_parameter() or (s._Symbol__flags >> 11) & 15 == 1}
        cands = [i for i, cc in enumerate(codes)
                 if not used[i] and cc.co_name == code_name(c)]
        exact = [i for i in cands if set(codes[i].co_varnames) == want]
        pick = (exact or cands or [None])[0]
        match = None
        if pick is not None:
            used[pick] = True
            match = codes[pick]
        kids.append(block(c, match))
    d['children'] = kids
    return d


def facts(src):
    """The error or block tree of one source, as recorded in the golden file."""
    case = {}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            t = symtable.symtable(src, 'f', 'exec')
        except SyntaxError as e:
            case['error'] = {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}
            t = None
        case['warnings'] = [{'category': x.category.__name__, 'msg': str(x.message),
                             'lineno': x.lineno} for x in w]
    if t is not None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                co = compile(src, 'f', 'exec')
        except SyntaxError:
            co = None
        case['top'] = block(t, co)
    return case


def live():
    """--files: facts for each file named on stdin, as one JSON list."""
    out = []
    for path in sys.stdin.read().split():
        try:
            with open(path, encoding='utf-8') as f:
                src = f.read()
            case = facts(src)
        except Exception as e:  # gone meanwhile, or not even parseable
            case = {'skip': repr(e)}
        case['path'] = path
        out.append(case)
    json.dump(out, sys.stdout)


def main():
    if sys.argv[1:] == ['--files']:
        live()
        return
    out = []
    for src in CASES:
        case = {'src': src, 'ast': astdump.enc(ast.parse(src, 'f', 'exec'))}
        case.update(facts(src))
        out.append(case)
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'symtable.json')
    with open(path, 'w') as f:
        # One case per line: small, and diffs show which cases changed.
        f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=True) for c in out) + '\n]\n')
    print(len(out), 'cases')


if __name__ == '__main__':
    main()
