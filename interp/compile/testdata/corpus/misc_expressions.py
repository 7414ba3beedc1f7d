a = b = c = 1
r1 = a + b * c - a / b // c % a ** b
r2 = a << b >> c & a | b ^ c
r3 = -a + +b - ~c
r4 = a < b <= c == a != b > c >= a
r5 = a if b else c
r6 = [a, b][0]
r7 = {a: b}[a]
r8 = (a, b)[1:]
r9 = a.__class__.__name__
r10 = not a or b and not c
r11 = (a is b) is not (c in [a])
r12 = ((((a))))
r13 = a @ b if False else None
r14 = str(a)[::-1]
r15 = f'{a}'[0]
r16 = ...
r17 = [i for i in range(3)][-1]
