import os
import os.path
import posixpath

print(os.path is posixpath, os.path.__name__)
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
for parts in [('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('a', ''), ('/',), ('a', 'b', '')]:
    print(parts, os.path.join(*parts))
for p in ['a/b.tar.gz', '.bashrc', 'a/..x', 'a.b/c', 'noext', 'x.', '/a/b/', '//a', '///a/b',
          '', '/', 'a//b', 'a/./b/../c', '../x', '/..', '//x/../y', 'a/b/c/../../..', '.']:
    print(repr(p), os.path.splitext(p), os.path.basename(p), repr(os.path.dirname(p)),
          os.path.split(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.join(b'a', b'b'), os.path.split(b'/x/y'), os.path.splitext(b'f.txt'), os.path.normpath(b'a//b/..'))
try:
    os.path.join('a', 5)
except TypeError as e:
    print('TypeError', e)
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local']), os.path.commonpath(['a/b', 'a/c/d']))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/x/y', '/'))
print(os.path.abspath('/a/../b/./c'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
print(os.path.expanduser('~/x') == os.environ['HOME'] + '/x', os.path.expanduser('a~'))
os.environ['BYTEPY_T'] = 'val'
print(os.path.expandvars('$BYTEPY_T/${BYTEPY_T}/$NOPE_NOT_SET/${NOPE}/$'), os.path.expandvars('plain'))
print(os.path.normcase('AbC'), os.path.splitdrive('/a/b'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('pp')), os.path.join(P('a'), P('b')))
print(os.path.basename(P('/x/y.py')), isinstance(P('a'), os.PathLike), isinstance(1, os.PathLike))
for bad in (1, None, P(3)):
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
