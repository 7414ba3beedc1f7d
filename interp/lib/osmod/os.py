# bytepy's os: the portable part of CPython's os module on a POSIX system,
# over the private Go module _os. Paths pass through fspath first, so
# pathlib-style objects with __fspath__ work wherever a str does.

import sys
import abc
import _os
import posixpath as path
from collections.abc import MutableMapping

sys.modules['os.path'] = path

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep',
           'defpath', 'name', 'path', 'devnull', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'fsencode', 'fsdecode', 'get_exec_path', 'fdopen',
           'popen', 'extsep', 'makedirs', 'removedirs', 'renames', 'walk',
           'getenv', 'environ', 'fspath', 'PathLike', 'error', 'getcwd',
           'getpid', 'listdir', 'mkdir', 'rmdir', 'remove', 'unlink',
           'rename', 'replace', 'stat', 'lstat', 'urandom', 'cpu_count',
           'chdir', 'strerror', 'stat_result', 'putenv', 'unsetenv',
           'getppid', 'getuid', 'scandir', 'DirEntry']

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4

error = OSError


def fspath(path):
    """Return the file system representation of the path."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        if hasattr(kind, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + kind.__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(kind.__name__, type(result).__name__))


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__')


def _str(p, fname):
    p = fspath(p)
    if isinstance(p, bytes):
        return p.decode()
    return p


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


# --- the process -------------------------------------------------------

getpid = _os.getpid
getppid = _os.getppid
getuid = _os.getuid
cpu_count = _os.cpu_count
urandom = _os.urandom
strerror = _os.strerror


def getcwd():
    return _os.getcwd()


def getcwdb():
    return _os.getcwd().encode()


def chdir(path):
    _os.chdir(_str(path, 'chdir'))


class _Environ(MutableMapping):
    """os.environ: a dict of the environment that writes changes through."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key) from None
        _os.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(
            '{!r}: {!r}'.format(k, v) for k, v in self._data.items()))

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]


environ = _Environ(_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(_str(key, 'putenv'), _str(value, 'putenv'))


def unsetenv(key):
    _os.unsetenv(_str(key, 'unsetenv'))


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


# --- files and directories ---------------------------------------------

def listdir(path='.'):
    return _os.listdir(_str(path, 'listdir'))


def mkdir(path, mode=0o777):
    _os.mkdir(_str(path, 'mkdir'), mode)


def rmdir(path):
    _os.rmdir(_str(path, 'rmdir'))


def remove(path):
    _os.remove(_str(path, 'remove'))


unlink = remove


def rename(src, dst):
    _os.rename(_str(src, 'rename'), _str(dst, 'rename'))


replace = rename


class stat_result(tuple):
    """The result of stat: a 10-tuple with st_* names, times as floats."""

    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
               'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        # the tuple's last three are the int seconds, the names the floats
        self = tuple.__new__(cls, values[:7] + tuple(int(t) for t in values[7:10]))
        self._times = values[7:10]
        return self

    @property
    def st_atime(self):
        return self._times[0]

    @property
    def st_mtime(self):
        return self._times[1]

    @property
    def st_ctime(self):
        return self._times[2]

    def __repr__(self):
        return 'os.stat_result({})'.format(', '.join(
            '{}={!r}'.format(n, v) for n, v in zip(self._fields, self)))


for _i, _n in enumerate(stat_result._fields[:7]):
    setattr(stat_result, _n, property(lambda self, i=_i: self[i]))
del _i, _n


def stat(path, *, follow_symlinks=True):
    return stat_result(_os.stat(_str(path, 'stat'), follow_symlinks))


def lstat(path):
    return stat_result(_os.stat(_str(path, 'lstat'), False))


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a directory and any missing parents."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of scandir: its name, its path and cached type tests."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry {!r}>'.format(self.name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (
            path.isdir(self.path) and not path.islink(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (
            path.isfile(self.path) and not path.islink(self.path))

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)


class _ScandirIterator:
    def __init__(self, top):
        self._entries = iter([DirEntry(top, n) for n in listdir(top)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory in a tree."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        sub = path.join(top, d)
        if followlinks or not path.islink(sub):
            yield from walk(sub, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
