def g():
    yield 1
    yield 2
x = g()
print(x.gi_frame is not None, x.gi_running, x.gi_frame.f_lasti)
next(x)
print(x.gi_frame.f_lineno, x.gi_code.co_name, x.gi_yieldfrom)
list(x)
print(x.gi_frame, x.gi_running)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(e)
def deleg():
    yield from g()
d = deleg(); next(d)
print(type(d.gi_yieldfrom).__name__)
