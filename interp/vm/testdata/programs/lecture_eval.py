def parse_prefix(formula):
    tokens = formula.split()
    if len(tokens) == 1: return tokens[0]
    mid = ' '.join(tokens[1:-1])
    return '(' + parse_prefix(mid) + tokens[0] + tokens[-1] + ')'

print(eval('(lambda n: n + 1)(10)'))
print(eval(parse_prefix("- + + * - 3 4 1 1 10 91")))
print(eval("1 + 3 + 4 + 5"))
print(compile("""
def some_new_simple_loop():
    acc = 0
    for i in range(1000):
        acc += i

    return acc
""", "", "exec").co_code)
print(type(compile("1 + 1", "", "eval")))
print(eval("x * 2", {"x": 21}), eval("y", {}, {"y": 5}))
ns = {}
exec("def sq(v):\n    return v * v\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3))
exec("z = 10")
print(z)
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
