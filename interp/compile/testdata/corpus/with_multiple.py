with open('a') as a, open('b') as b, open('c'):
    pass

with A() as (x, y), B() as z.attr, C() as w[0]:
    pass

def f():
    with a:
        with b:
            with c:
                return 1
