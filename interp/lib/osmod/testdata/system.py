import os
import sys

print(type(os.getpid()), os.getpid() > 0, type(os.getppid()))
print(type(os.cpu_count()), os.cpu_count() >= 1)
b = os.urandom(8)
print(type(b), len(b), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(type(os.environ).__name__, 'PATH' in os.environ, type(os.environ['PATH']))
os.environ['BYTEPY_X'] = '1'
print(os.environ['BYTEPY_X'], os.getenv('BYTEPY_X'), os.environ.get('BYTEPY_X'))
print(os.getenv('BYTEPY_MISSING'), os.getenv('BYTEPY_MISSING', 'dflt'))
del os.environ['BYTEPY_X']
print('BYTEPY_X' in os.environ)
try:
    os.environ['BYTEPY_MISSING']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
print(os.environ.setdefault('BYTEPY_Y', 'y'), os.environ.pop('BYTEPY_Y'), 'BYTEPY_Y' in os.environ)
print(type(os.environ.copy()), len(os.environ) == len(list(os.environ)))
print(os.error is OSError, os.strerror(2), os.strerror(13))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.getcwd() == os.path.abspath(os.curdir), type(os.getcwd()))

base = '/tmp/bytepy_os_test_%d' % os.getpid()
os.makedirs(os.path.join(base, 'sub', 'deep'))
os.makedirs(os.path.join(base, 'sub'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'sub'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename == os.path.join(base, 'sub'))
with open(os.path.join(base, 'f.txt'), 'w') as f:
    f.write('hello\n')
print(sorted(os.listdir(base)), os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
p = os.path.join(base, 'f.txt')
print(os.path.isfile(p), os.path.getsize(p), os.path.islink(p), os.path.lexists(p))
st = os.stat(p)
print(st.st_size, type(st.st_mtime), st.st_mode & 0o170000 == 0o100000, st[6], len(st))
print(abs(st.st_mtime - os.path.getmtime(p)) < 1)
os.rename(p, os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)))
for top, dirs, files in os.walk(base):
    print(os.path.relpath(top, base), sorted(dirs), sorted(files))
for top, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(top, base), sorted(dirs), sorted(files))
with os.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_file(), e.path == os.path.join(base, e.name))
for call, arg in [(os.listdir, '/nonexistent_dir_x'), (os.stat, '/nonexistent_x'),
                  (os.remove, '/nonexistent_x'), (os.rmdir, base), (os.mkdir, base),
                  (os.listdir, os.path.join(base, 'g.txt'))]:
    try:
        call(arg)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == arg)
try:
    os.listdir(5.5)
except TypeError as e:
    print('TypeError')
os.remove(os.path.join(base, 'g.txt'))
os.removedirs(os.path.join(base, 'sub', 'deep'))
print(os.path.exists(base))
