# bytepy's posixpath (os.path): POSIX path names as strings, plus the few
# tests that ask the file system (exists, isfile, isdir, getsize, ...).
# Every function takes str or bytes (not mixed) and os.PathLike objects.

import os
import sys

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir',
           'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir',
           'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check(funcname, *args):
    # mixing str and bytes, or passing neither, is a TypeError
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str or bytes, not %r' %
                            (funcname, a.__class__.__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    dot_at = p.rfind(dot)
    if dot_at > p.rfind(sep):
        # a leading run of dots is part of the name (".bashrc")
        start = p.rfind(sep) + 1
        while start < dot_at:
            if p[start:start + 1] != dot:
                return p[:dot_at], p[dot_at:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _mode(path, follow=True):
    try:
        return os.stat(path, follow_symlinks=follow).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isdir(s):
    m = _mode(s)
    return m is not None and m & _S_IFMT == _S_IFDIR


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def islink(path):
    m = _mode(path, False)
    return m is not None and m & _S_IFMT == _S_IFLNK


def ismount(path):
    return os.fspath(path) in ('/', b'/')


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    raise OSError('sameopenfile is not supported by bytepy')


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; one or three-plus become one
    initial = 0
    if path.startswith(sep):
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    out = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not out) or (out and out[-1] == dotdot):
            out.append(comp)
        elif out:
            out.pop()
    path = sep * initial + sep.join(out)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename):
    # symbolic links are resolved one component at a time
    filename = os.fspath(filename)
    path = abspath(filename)
    sep = _sep(path)
    out = path[:0] + sep
    for comp in path.split(sep)[1:]:
        if not comp:
            continue
        nxt = join(out, comp)
        if islink(nxt):
            nxt = abspath(join(out, _readlink(nxt)))
        out = nxt
    return out


def _readlink(p):
    raise OSError('readlink is not supported by bytepy')


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if start is None:
        start = curdir if isinstance(path, str) else b'.'
    start = os.fspath(start)
    sep = _sep(path)
    a = [x for x in abspath(start).split(sep) if x]
    b = [x for x in abspath(path).split(sep) if x]
    n = len(commonprefix([a, b]))
    rel = [pardir if isinstance(path, str) else b'..'] * (len(a) - n) + b[n:]
    if not rel:
        return curdir if isinstance(path, str) else b'.'
    return join(*rel)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    sep = _sep(paths[0])
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != (sep[:0] + '.' if isinstance(sep, str) else b'.')]
                   for s in split_paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user is not looked up
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        return path
    if '$' not in path:
        return path
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and path[j] == '{':
            k = path.find('}', j)
            if k < 0:
                out.append(path[i:])
                break
            name = path[j + 1:k]
            end = k + 1
        else:
            k = j
            while k < n and (path[k].isalnum() or path[k] == '_'):
                k += 1
            name = path[j:k]
            end = k
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        if end == i + 1:
            end += 0
        i = max(end, i + 1)
    return ''.join(out)
