import string

OPS = {'+': 1, '-': 1, '*': 2, '/': 2}


def tokenize(s):
    i, out = 0, []
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch in string.digits:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(int(s[i:j]))
            i = j
        elif ch in OPS or ch in '()':
            out.append(ch)
            i += 1
        else:
            raise SyntaxError('bad char %r at %d' % (ch, i))
    return out


def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, int):
            out.append(t)
        elif t == '(':
            stack.append(t)
        elif t == ')':
            while stack[-1] != '(':
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != '(' and OPS[stack[-1]] >= OPS[t]:
                out.append(stack.pop())
            stack.append(t)
    return out + stack[::-1]


def evaluate(rpn):
    st = []
    for t in rpn:
        if type(t) is int:
            st.append(t)
            continue
        b, a = st.pop(), st.pop()
        st.append(a + b if t == '+' else a - b if t == '-' else a * b if t == '*' else a // b)
    return st[0]


print(evaluate(to_rpn(tokenize("1 + 2 * (3 - 4) * 5"))))
