# Frame and traceback objects: sys._getframe, tb_frame/tb_next/tb_lineno,
# f_back, f_locals, gi_frame.
import sys

def f():
    x = 1
    fr = sys._getframe()
    print(fr.f_lineno, fr.f_code.co_name, sorted(fr.f_locals), fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    1/0

def g():
    y = 2
    f()

try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        fr = tb.tb_frame
        print(tb.tb_lineno, tb.tb_lasti, fr.f_code.co_name, fr.f_lineno, fr.f_lasti == tb.tb_lasti or fr.f_code.co_name == '<module>')
        if fr.f_code.co_name != '<module>':
            print(' ', sorted(fr.f_locals), fr.f_back.f_code.co_name)
        tb = tb.tb_next
    print(sys.exc_info()[2].tb_frame.f_back, sys.exc_info()[2].tb_next.tb_frame.f_back.f_code.co_name)

try:
    sys._getframe(50)
except ValueError as e:
    print(e)

def gen():
    yield 1
    yield 2

x = gen()
print(x.gi_frame.f_lasti, x.gi_frame.f_lineno, x.gi_frame.f_back)
next(x)
print(x.gi_frame.f_lineno, x.gi_frame.f_back, x.gi_frame.f_code.co_name)
list(x)
print(x.gi_frame)
fr = sys._getframe()
print(type(fr).__name__, fr.f_globals is globals(), fr.f_back, fr.f_locals is globals(), fr.f_builtins is __builtins__.__dict__)
