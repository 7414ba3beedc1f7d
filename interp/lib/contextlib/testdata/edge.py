import sys
from contextlib import *
from io import StringIO

@contextmanager
def cm():
    yield

# exception raised inside generator after yield replaces original
@contextmanager
def raiser():
    yield
    raise KeyError('after')

try:
    with raiser():
        pass
except KeyError as e:
    print('KeyError', e)

# StopIteration raised in the body when the generator re-raises it
@contextmanager
def reraise():
    try:
        yield
    except StopIteration:
        raise

try:
    with reraise():
        raise StopIteration('body')
except StopIteration as e:
    print('StopIteration', e)
except RuntimeError as e:
    print('RuntimeError', e)

# generator raising StopIteration itself after a throw
@contextmanager
def stop_after_throw():
    try:
        yield
    except ValueError:
        raise StopIteration('gen')

try:
    with stop_after_throw():
        raise ValueError
except Exception as e:
    print(type(e).__name__, e)

# class exceptions raised bare
@contextmanager
def seen():
    try:
        yield
    except Exception as e:
        print('seen', type(e).__name__, repr(e))
        raise

try:
    with seen():
        raise IndexError
except IndexError:
    print('IndexError out')

# nested redirect
a, b = StringIO(), StringIO()
with redirect_stdout(a):
    print('A1')
    with redirect_stdout(b):
        print('B')
    print('A2')
print(repr(a.getvalue()), repr(b.getvalue()))
r = redirect_stdout(a)
with r:
    print('again')
print(a.getvalue().count('\n'))

# ExitStack ordering and exceptions
with ExitStack() as st:
    st.callback(print, 'first registered')
    st.callback(lambda: print('second registered'))
try:
    with ExitStack() as st:
        def bad(*exc):
            raise ValueError('from cb')
        st.push(bad)
        raise KeyError('body')
except ValueError as e:
    print('ValueError', e, type(e.__context__).__name__)
st = ExitStack()
st.callback(print, 'deferred')
st2 = st.pop_all()
st.close()
print('-')
st2.close()

print(suppress(ValueError).__class__.__name__)
with suppress():
    pass
with nullcontext() as x:
    print(x)

class Closer:
    closed = False
    def close(self):
        self.closed = True
c = Closer()
try:
    with closing(c):
        raise ValueError
except ValueError:
    print('closed?', c.closed)

@contextmanager
def val(x):
    yield x * 2
@val(3)
def deco():
    return 'deco ran'
print(deco(), deco())
with val(5) as v:
    print(v)
cmobj = val(1)
print(type(cmobj).__name__)
with cmobj as v: print(v)
try:
    with cmobj: pass
except Exception as e:
    print(type(e).__name__)
