# bytepy's linecache: the lines of a source file, by name, for tracebacks
# and warnings. The text comes from _linecache.source, which knows the
# interpreter's registered sources (cells, built-in modules) as well as
# files; a file's lines are kept until clearcache or checkcache.

import _linecache

__all__ = ['getline', 'clearcache', 'checkcache', 'getlines', 'updatecache']

cache = {}


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    # Nothing here records a file's size or time, so a check can only
    # forget: the next getlines reads the file again.
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    text = _linecache.source(filename)
    if not text:
        return []
    # lines end at '\n' only (files are read with universal newlines)
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = [line + '\n' for line in text.split('\n')]
    if text.endswith('\n'):
        lines.pop()
    cache[filename] = lines
    return lines


def lazycache(filename, module_globals):
    return False
