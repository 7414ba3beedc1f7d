#!/usr/bin/python3
# Generates pretty.json, the goldens for package pretty, from IPython 8.5's
# pretty printer. Run with Debian's Python 3.11 (which has IPython 8.5):
#
#     /usr/bin/python3 magics/pretty/testdata/gen.py > magics/pretty/testdata/pretty.json
#
# Each case is Python source meaning the same in 3.7 and 3.11; it binds x,
# and the expected text is IPython.lib.pretty.pretty(x, max_width=79), with
# hexadecimal addresses replaced by 0xADDR.
import json
import re
import IPython
from IPython.lib.pretty import pretty

assert IPython.__version__.startswith("8.5"), IPython.__version__

CASES = [
    ("int", "x = 42"),
    ("bigint", "x = 2**100"),
    ("negint", "x = -7"),
    ("float", "x = 1.5"),
    ("float_exp", "x = 1e300 * 10"),
    ("str", "x = 'hello'"),
    ("str_quote", "x = \"it's\""),
    ("str_newline", "x = 'a\\nb'"),
    ("none", "x = None"),
    ("true", "x = True"),
    ("ellipsis", "x = ..."),
    ("bytes", "x = b'ab\\x00'"),
    ("empty_list", "x = []"),
    ("empty_tuple", "x = ()"),
    ("empty_dict", "x = {}"),
    ("empty_set", "x = set()"),
    ("empty_frozenset", "x = frozenset()"),
    ("tuple1", "x = (1,)"),
    ("tuple2", "x = (1, 'a')"),
    ("list_short", "x = [1, 2, 3]"),
    ("list_long", "x = list(range(40))"),
    ("list_100", "x = list(range(100))"),
    ("list_strs", "x = ['item%d' % i for i in range(15)]"),
    ("tuple_long", "x = tuple(range(30))"),
    ("tuple1_long", "x = ('a' * 80,)"),
    ("dict_short", "x = {'a': 1, 'b': 2}"),
    ("dict_order", "x = {'b': 1, 'a': 2, 'c': 3}"),
    ("dict_long", "x = {i: 'value%d' % i for i in range(12)}"),
    ("dict_nested", "x = {'key%d' % i: list(range(i)) for i in range(10)}"),
    ("set_short", "x = {3, 1, 2}"),
    ("set_long", "x = set(range(40))"),
    ("set_strs", "x = {'pear', 'apple', 'fig'}"),
    ("set_mixed", "x = {1, 'a', 2.5}"),
    ("frozenset_short", "x = frozenset([3, 1, 2])"),
    ("frozenset_long", "x = frozenset(range(35))"),
    ("nested_lists", "x = [list(range(10)) for i in range(8)]"),
    ("nested_deep", "x = [[[i, i * 2, 'x' * 10] for i in range(4)] for j in range(3)]"),
    ("list_of_dicts", "x = [{'name': 'n%d' % i, 'value': i * 1000} for i in range(5)]"),
    ("dict_of_tuples", "x = {i: (i, str(i) * 20) for i in range(5)}"),
    ("list_long_item", "x = ['a' * 100, 1]"),
    ("list_max_seq", "x = list(range(1005))"),
    ("set_max_seq", "x = set(range(1001))"),
    ("dict_max_seq", "x = dict.fromkeys(range(1002), 0)"),
    ("list_cycle", "x = [1, 2]\nx.append(x)"),
    ("dict_cycle", "x = {'a': 1}\nx['self'] = x"),
    ("list_shared", "y = [1, 2]\nx = [y, y]"),
    ("tuple_of_lists", "x = (list(range(20)), list(range(20)))"),
    ("width_79", "x = ['a' * 35, 'b' * 36]"),
    ("width_80", "x = ['a' * 35, 'b' * 37]"),
    ("type_int", "x = int"),
    ("type_code", "x = type(compile('1', '', 'eval'))"),
    ("type_user", "class C:\n    pass\nx = C"),
    ("type_nested", "class C:\n    class D:\n        pass\nx = C.D"),
    ("type_meta_repr", "class M(type):\n    def __repr__(cls):\n        return 'M!'\nclass C(metaclass=M):\n    pass\nx = C"),
    ("types_list", "class C:\n    pass\nx = [int, str, C, type(None)]"),
    ("exc_type", "x = ValueError"),
    ("object_default", "class C:\n    pass\nx = C()"),
    ("object_list", "class C:\n    pass\nx = [C(), C()]"),
    ("object_repr", "class C:\n    def __repr__(self):\n        return 'C()'\nx = C()"),
    ("object_repr_multiline", "class C:\n    def __repr__(self):\n        return 'line1\\nline2'\nx = [C(), 1]"),
    ("object_repr_inherited", "class B:\n    def __repr__(self):\n        return 'B!'\nclass C(B):\n    pass\nx = C()"),
    ("list_subclass", "class L(list):\n    pass\nx = L(range(3))"),
    ("list_subclass_repr", "class L(list):\n    def __repr__(self):\n        return 'L' + list.__repr__(self)\nx = L(range(3))"),
    ("dict_subclass", "class D(dict):\n    pass\nx = D(a=1)"),
    ("tuple_subclass_repr", "class T(tuple):\n    def __repr__(self):\n        return 'T!'\nx = T((1, 2))"),
    ("int_subclass", "class I(int):\n    pass\nx = I(5)"),
    ("repr_pretty_text", "class C:\n    def _repr_pretty_(self, p, cycle):\n        p.text('pretty C')\nx = C()"),
    ("repr_pretty_group", "class C:\n    def __init__(self, n):\n        self.n = n\n    def _repr_pretty_(self, p, cycle):\n        with p.group(4, 'C<(', ')>'):\n            for i in range(self.n):\n                if i:\n                    p.text(',')\n                    p.breakable()\n                p.pretty(i * 1000)\nx = C(30)"),
    ("repr_pretty_begin_end", "class C:\n    def _repr_pretty_(self, p, cycle):\n        p.begin_group(2, '<<')\n        p.pretty(list(range(30)))\n        p.breakable()\n        p.text('tail')\n        p.end_group(2, '>>')\nx = C()"),
    ("repr_pretty_cycle", "class C:\n    def __init__(self):\n        self.items = [self]\n    def _repr_pretty_(self, p, cycle):\n        if cycle:\n            p.text('C(...)')\n        else:\n            p.text('C(')\n            p.pretty(self.items)\n            p.text(')')\nx = C()"),
    ("repr_pretty_break", "class C:\n    def _repr_pretty_(self, p, cycle):\n        p.text('a')\n        p.break_()\n        p.text('b')\nx = [C(), C()]"),
    ("repr_pretty_indent", "class C:\n    def _repr_pretty_(self, p, cycle):\n        p.text('head:')\n        with p.indent(4):\n            p.break_()\n            p.pretty([1, 2])\nx = C()"),
    ("repr_pretty_in_list", "class C:\n    def _repr_pretty_(self, p, cycle):\n        p.text('C' * 30)\nx = [C(), C(), C()]"),
    ("function", "def f(a, b=1, *args, c, d=2, **kw):\n    pass\nx = f"),
    ("function_plain", "def g():\n    pass\nx = g"),
    ("function_nested", "def outer():\n    def inner(x):\n        pass\n    return inner\nx = outer()"),
    ("lambda", "x = lambda a, b='s': a"),
    ("function_defaults", "def f(a=None, b=(1, 2), c='x'):\n    pass\nx = f"),
    ("method_bound", "class C:\n    def __repr__(self):\n        return 'C()'\n    def m(self):\n        pass\nx = C().m"),
    ("exception", "x = ValueError('bad value')"),
    ("exception_args", "x = KeyError('k', 2)"),
    ("exception_noargs", "x = RuntimeError()"),
    ("exception_user", "class MyError(Exception):\n    pass\nx = MyError('oops')"),
    ("exception_long", "x = ValueError('x' * 50, 'y' * 50)"),
    ("range", "x = range(10)"),
    ("slice", "x = slice(1, 2, None)"),
    ("complex", "x = 1+2j"),
    ("bytearray", "x = bytearray(b'ab')"),
    ("list_floats", "x = [i / 7 for i in range(20)]"),
    ("list_bools_none", "x = [True, False, None] * 10"),
    ("dict_str_keys_long", "x = {'a_rather_long_key_%d' % i: 'and a rather long value %d' % i for i in range(4)}"),
    ("dict_value_list_wrap", "x = {'k': list(range(40))}"),
    ("tuple_nested_wrap", "x = (1, (2, (3, list(range(30)))))"),
    ("list_of_tuples", "x = [(i, i * i) for i in range(25)]"),
    ("set_of_tuples", "x = {(i, -i) for i in range(12)}"),
    ("frozenset_in_list", "x = [frozenset([1, 2]), frozenset()]"),
    ("set_in_dict", "x = {'s': {1, 2, 3}, 't': set()}"),
    ("dict_keys_view", "x = {'a': 1}.keys()"),
    ("nested_cycle_deep", "x = [[1]]\nx[0].append(x)"),
    ("dict_nonstr_keys", "x = {(1, 2): 'a', None: 'b', 3.5: 'c'}"),
    ("defaultdict", "from collections import defaultdict\nx = defaultdict(list)\nx['a'].append(1)"),
    ("defaultdict_long", "from collections import defaultdict\nx = defaultdict(int, {i: i * 100 for i in range(20)})"),
    ("defaultdict_none", "from collections import defaultdict\nx = defaultdict(None, {1: 2})"),
    ("ordereddict", "from collections import OrderedDict\nx = OrderedDict([('b', 1), ('a', 2)])"),
    ("ordereddict_empty", "from collections import OrderedDict\nx = OrderedDict()"),
    ("ordereddict_long", "from collections import OrderedDict\nx = OrderedDict((str(i), i) for i in range(15))"),
    ("deque", "from collections import deque\nx = deque([1, 2, 3])"),
    ("deque_maxlen", "from collections import deque\nx = deque(range(5), maxlen=3)"),
    ("deque_long", "from collections import deque\nx = deque(range(40))"),
    ("counter", "from collections import Counter\nx = Counter('abracadabra')"),
    ("counter_empty", "from collections import Counter\nx = Counter()"),
    ("deque_cycle", "from collections import deque\nx = deque()\nx.append(x)"),
    ("userlist", "from collections import UserList\nx = UserList([1, 2])"),
    ("list_of_sets", "x = [{3, 2, 1}, frozenset({'b', 'a'})]"),
    ("none_list", "x = [None]"),
    ("function_kwonly", "def f(*, a, b=2):\n    pass\nx = f"),
    ("function_annotated", "def f(a: int, b: 'str' = 'x') -> float:\n    pass\nx = f"),
    ("class_method_func", "class C:\n    def m(self, y):\n        pass\nx = C.m"),
    ("builtin_len", "x = len"),
    ("builtin_sorted", "x = sorted"),
    ("builtin_isinstance", "x = isinstance"),
    ("builtin_list_append", "x = [].append"),
    ("builtin_str_join", "x = 'a'.join"),
    ("builtin_dict_fromkeys", "x = dict.fromkeys"),
    ("builtin_math_sqrt", "import math\nx = math.sqrt"),
    ("builtin_in_list", "x = [len, abs, repr]"),
    ("unicode_width", "x = ['\u00e9' * 38, '\u00fc' * 38]"),
    ("unicode_width_wrap", "x = ['\u00e9' * 38, '\u00fc' * 39]"),
    ("str_subclass", "class S(str):\n    pass\nx = S('abc')"),
    ("float_subclass_repr", "class F(float):\n    def __repr__(self):\n        return 'F!'\nx = [F(1.0)]"),
    ("nested_empties", "x = [[], (), {}, set(), frozenset(), [[]], ((),)]"),
    ("bools_set", "x = {True, 2, 3}"),
    ("dict_long_key", "x = {'k' * 90: 1, 'j': 2}"),
    ("object_in_dict", "class C:\n    pass\nx = {'obj': C()}"),
    ("exception_in_list", "x = [ValueError('a'), KeyError()]"),
    ("type_in_dict", "x = {int: 'int', type(None): 'none'}"),
    ("super", "class C:\n    def f(self):\n        return super()\nx = C().f()"),
    ("namespace", "import types\nx = types.SimpleNamespace(a=1, b=[1, 2])"),
    ("namespace_long", "import types\nx = types.SimpleNamespace(alpha=list(range(25)), beta='b' * 40)"),
    ("namespace_cycle", "import types\nx = types.SimpleNamespace()\nx.me = x"),
    ("str_long_list", "x = ['x' * 70, 'y' * 70, 'z' * 70]"),
]


def random_cases(n):
    """Nested containers of varied sizes, written as literals, to exercise
    the layout engine (group queue, indentation) beyond the hand cases."""
    import random
    rng = random.Random(1979)

    def value(depth):
        k = rng.random()
        if depth > 3 or k < 0.35:
            return rng.choice([rng.randint(-10**rng.randint(0, 12), 10**rng.randint(0, 12)),
                               "s" * rng.randint(0, 30), None, True, 1.25])
        size = rng.randint(0, 9)
        kind = rng.choice(["list", "tuple", "dict", "set"])
        if kind == "list":
            return [value(depth + 1) for _ in range(size)]
        if kind == "tuple":
            return tuple(value(depth + 1) for _ in range(size))
        if kind == "set":
            return {rng.randint(0, 10**rng.randint(1, 9)) for _ in range(size)}
        return {"k%d" % rng.randint(0, 10**rng.randint(0, 6)): value(depth + 1) for _ in range(size)}

    return [("random_%d" % i, "x = " + repr(value(0))) for i in range(n)]


def main():
    out = []
    for name, src in CASES + random_cases(40):
        ns = {"__name__": "__main__"}
        exec(src, ns)
        text = pretty(ns["x"], max_width=79)
        text = re.sub(r"0x[0-9a-f]+", "0xADDR", text)
        out.append({"name": name, "src": src, "want": text})
    json.dump(out, __import__("sys").stdout, indent=1)
    print()


main()
