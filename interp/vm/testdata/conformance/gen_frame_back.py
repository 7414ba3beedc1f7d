# A generator's frame has f_back only while it runs: whoever resumed it
# (next, a for loop, send, yield from), None while suspended or finished,
# also when read from a traceback after the generator raised.
import sys


def gen():
    f = sys._getframe()
    print("first", f.f_back.f_code.co_name)
    yield f
    print("second", f.f_back.f_code.co_name)
    x = yield 2
    print("sent", x, f.f_back.f_code.co_name)
    yield 3


def main():
    g = gen()
    fr = next(g)
    print(fr.f_back, g.gi_frame.f_back)
    next(g)
    print(fr.f_back)
    g.send("s")
    print(fr.f_back)
    list(g)
    print(g.gi_frame, fr.f_back)


main()


def inner():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name


def outer():
    yield from inner()


def loop():
    for name in outer():
        print("via", name)


loop()


def gen2():
    yield 1
    raise KeyError("x")


g = gen2()
next(g)
try:
    next(g)
except KeyError as e:
    print(e.__traceback__.tb_next.tb_frame.f_back)
    print(g.gi_frame)


def gen3():
    yield 1
    {}["y"]


try:
    for v in gen3():
        pass
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_back)
        tb = tb.tb_next
