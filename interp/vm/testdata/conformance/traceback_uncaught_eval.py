def run(expr):
    return eval(expr)
print(run("1 + 1"))
run("1 + undefined_name")
