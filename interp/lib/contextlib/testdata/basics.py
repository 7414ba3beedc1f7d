import sys
from contextlib import (contextmanager, suppress, closing, redirect_stdout,
                        redirect_stderr, ExitStack, nullcontext, ContextDecorator)
from io import StringIO

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('inside', v)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)

with swallow():
    raise ValueError('x')
print('after swallow')

try:
    with swallow():
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        pass
    yield

try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration', e)

@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError('converted')

try:
    with reraise_other():
        raise ValueError('orig')
except TypeError as e:
    print('TypeError', e, type(e.__context__).__name__)

@tag('deco')
def f(x):
    print('f', x)
    return x * 2
print(f(3), f.__name__)

with suppress(KeyError, IndexError):
    {}['missing']
print('suppressed')
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print('not suppressed')

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)

buf = StringIO()
with redirect_stdout(buf):
    print('hidden', 1, 2)
    sys.stdout.write('direct\n')
print('captured:', repr(buf.getvalue()))
err = StringIO()
with redirect_stderr(err):
    print('to err', file=sys.stderr)
print('err captured:', repr(err.getvalue()))

with nullcontext(5) as n:
    print('null', n)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('es'))
    print('body')

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('eaten by exit stack')
print('exit stack suppressed')

class mydeco(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0])
        return False

@mydeco()
def g():
    print('g body')
g()
