# A small interpreter in pure Python: a tokenizer for an arithmetic/loop
# language, a compiler to stack-machine instructions, and a dispatch loop
# that runs them. Stresses string scanning, dict dispatch, list-as-stack.
# Modules: none.
N = 15000

SOURCE = """
n = LIMIT ;
i = 0 ;
acc = 0 ;
while i < n do
  if i % 3 == 0 then acc = acc + i * 2 ; end
  if i % 5 == 1 then acc = acc - (i + 7) / 2 ; end
  i = i + 1 ;
end
print acc ;
"""


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in " \t\n":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            kind = "kw" if word in ("while", "do", "end", "if", "then", "print") else "name"
            toks.append((kind, word))
            i = j
        elif src[i:i + 2] in ("==", "<=", ">="):
            toks.append(("op", src[i:i + 2]))
            i += 2
        else:
            toks.append(("op", c))
            i += 1
    toks.append(("eof", None))
    return toks


class Compiler:
    PREC = {"==": 1, "<": 1, "<=": 1, ">": 1, ">=": 1, "+": 2, "-": 2,
            "*": 3, "/": 3, "%": 3}

    def __init__(self, toks):
        self.toks = toks
        self.pos = 0
        self.code = []

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def emit(self, op, arg=None):
        self.code.append((op, arg))
        return len(self.code) - 1

    def program(self):
        while self.peek()[0] != "eof":
            self.statement()
        self.emit("halt")
        return self.code

    def block(self):
        while self.peek() != ("kw", "end"):
            self.statement()
        self.take()

    def statement(self):
        kind, val = self.take()
        if kind == "kw" and val == "while":
            top = len(self.code)
            self.expr(0)
            self.take()  # do
            jump = self.emit("jf", None)
            self.block()
            self.emit("jmp", top)
            self.code[jump] = ("jf", len(self.code))
        elif kind == "kw" and val == "if":
            self.expr(0)
            self.take()  # then
            jump = self.emit("jf", None)
            self.block()
            self.code[jump] = ("jf", len(self.code))
        elif kind == "kw" and val == "print":
            self.expr(0)
            self.take()  # ;
            self.emit("print")
        else:
            self.take()  # =
            self.expr(0)
            self.take()  # ;
            self.emit("store", val)

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            self.emit("push", val)
        elif kind == "name":
            self.emit("load", val)
        else:  # "("
            self.expr(0)
            self.take()

    def expr(self, min_prec):
        self.atom()
        while True:
            kind, val = self.peek()
            prec = self.PREC.get(val, 0) if kind == "op" else 0
            if prec <= min_prec:
                return
            self.take()
            self.expr(prec)
            self.emit("bin", val)


def run(code, out):
    stack = []
    env = {}
    pc = 0
    steps = 0
    binops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "<": lambda a, b: int(a < b),
        "<=": lambda a, b: int(a <= b),
        ">": lambda a, b: int(a > b),
        ">=": lambda a, b: int(a >= b),
        "==": lambda a, b: int(a == b),
    }
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "bin":
            b = stack.pop()
            a = stack.pop()
            stack.append(binops[arg](a, b))
        elif op == "jf":
            if not stack.pop():
                pc = arg
        elif op == "jmp":
            pc = arg
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return steps


def main():
    out = []
    steps = 0
    ncode = 0
    for k in range(8):
        toks = tokenize(SOURCE.replace("LIMIT", str(N + k)))
        code = Compiler(toks).program()
        ncode = len(code)
        steps += run(code, out)
    print("stackvm", N, ncode, steps, out)


main()
