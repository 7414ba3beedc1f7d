import operator

OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv}


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, var):
        return self if var in self or self.outer is None else self.outer.find(var)


def tokenize(s):
    return s.replace('(', ' ( ').replace(')', ' ) ').split()


def read(tokens):
    tok = tokens.pop(0)
    if tok == '(':
        lst = []
        while tokens[0] != ')':
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        return tok


def evaluate(x, env):
    if isinstance(x, str):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    op, *args = x
    if op == 'if':
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if op == 'define':
        name, expr = args
        env[name] = evaluate(expr, env)
        return None
    if op == 'lambda':
        params, body = args
        return lambda *a: evaluate(body, Env(params, a, env))
    f = evaluate(op, env)
    return f(*[evaluate(a, env) for a in args])


g = Env()
g.update(OPS)
g['<'] = operator.lt
evaluate(read(tokenize('(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))')), g)
print(evaluate(read(tokenize('(fact 10)')), g))
