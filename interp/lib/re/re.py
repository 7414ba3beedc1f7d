# re: Python 3.7's regular expressions over bytepy's _re matcher.
# Pattern and Match are plain classes here; _re parses and matches and
# hands back spans as (lastindex, start0, end0, start1, end1, ...).

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split',
           'findall', 'finditer', 'compile', 'purge', 'template', 'escape',
           'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE']

__version__ = '2.2.1'

_FLAG_NAMES = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
               ('ASCII', 256)]


class RegexFlag(int):
    # An int that prints as 3.7's enum.IntFlag member does.

    def _names(self):
        v = int(self)
        names = []
        for name, bit in reversed(_FLAG_NAMES):
            if v & bit:
                names.append(name)
                v &= ~bit
        return names, v

    def __repr__(self):
        names, rest = self._names()
        if not names:
            return '<RegexFlag.%d: %d>' % (int(self), int(self)) if int(self) else '<RegexFlag.0: 0>'
        text = '|'.join(names)
        if rest:
            text += '|%d' % rest
        return '<RegexFlag.%s: %d>' % (text, int(self))

    def __str__(self):
        names, rest = self._names()
        if not names:
            return 'RegexFlag.%d' % int(self)
        text = 'RegexFlag.' + '|'.join(names)
        if rest:
            text += '|%d' % rest
        return text

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

    def __hash__(self):
        return hash(int(self))


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)




def _flag_text(flags):
    names = []
    for name, bit in _FLAG_NAMES:
        if flags & bit:
            names.append('re.' + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


class Pattern:
    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_h', '_bytes', '_type', '__weakref__')

    def __init__(self, pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        isbytes = not isinstance(pattern, str)
        if isbytes:
            if flags & 32:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
        else:
            if flags & 4:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if flags & 256 and flags & 32:
                raise ValueError('ASCII and UNICODE flags are incompatible')
        r = _re.compile(pattern, flags)
        if r[0] is None:
            if r[2] < 0:
                raise error(r[1])
            raise error(r[1], pattern, r[2])
        self._h, outflags, self.groups, names = r
        if not isbytes and not outflags & 256:
            outflags |= 32
        self.flags = outflags
        self.groupindex = names
        self.pattern = pattern
        self._bytes = isbytes
        self._type = bytes if isbytes else str

    def __repr__(self):
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        flags = self.flags
        if not self._bytes:
            flags &= ~32
        if flags:
            return 're.compile(%s, %s)' % (p, _flag_text(flags))
        return 're.compile(%s)' % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
        elif not isinstance(string, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')

    def _bounds(self, string, pos, endpos):
        self._check(string)
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return pos, endpos

    def _run(self, string, pos, endpos, mode):
        if pos == 0 and endpos is None and type(string) is self._type:
            n = len(string)
            r = _re.match(self._h, string, 0, n, mode)
            if r is None:
                return None
            return Match(self, string, 0, n, r)
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return None
        r = _re.match(self._h, string, pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, count):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return []
        return _re.scan(self._h, string, pos, endpos, count)

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return []
        return _re.findall(self._h, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        pos2, endpos2 = self._bounds(string, pos, endpos)
        for r in self._scan(string, pos, endpos, 0):
            yield Match(self, string, pos2, endpos2, r)

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner is not supported')

    def split(self, string, maxsplit=0):
        self._check(string)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        g = self.groups
        for r in _re.scan(self._h, string, 0, len(string), maxsplit):
            out.append(string[last:r[1]])
            for i in range(1, g + 1):
                s = r[2*i+1]
                out.append(string[s:r[2*i+2]] if s >= 0 else None)
            last = r[2]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            filt = repl
            literal = None
        else:
            literal, parts = _compile_repl(repl, self)
            filt = None
        if count < 0:
            return string, 0
        out = []
        last = 0
        n = 0
        empty = string[:0]
        for r in _re.scan(self._h, string, 0, len(string), count):
            out.append(string[last:r[1]])
            if filt is not None:
                piece = filt(Match(self, string, 0, len(string), r))
                if piece is not None:
                    out.append(piece)
            elif literal is not None:
                out.append(literal)
            else:
                out.append(_expand_parts(parts, r, string, empty))
            last = r[2]
            n += 1
        out.append(string[last:])
        return empty.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]




class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', 'lastindex', '_r')

    def __init__(self, pattern, string, pos, endpos, r):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.lastindex = r[0]
        self._r = r

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(type(g), '__index__'):
            g = g.__index__()
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError('no such group')

    def _group(self, i, default=None):
        s = self._r[2*i+1]
        if s < 0:
            return default
        return self.string[s:self._r[2*i+2]]

    def group(self, *args):
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(self._index(args[0]))
        return tuple(self._group(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._r[2*self._index(group)+1]

    def end(self, group=0):
        return self._r[2*self._index(group)+2]

    def span(self, group=0):
        i = self._index(group)
        return (self._r[2*i+1], self._r[2*i+2])

    @property
    def regs(self):
        return tuple((self._r[2*i+1], self._r[2*i+2]) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == self.lastindex:
                return name
        return None

    def expand(self, template):
        literal, parts = _compile_repl(template, self.re)
        if literal is not None:
            return literal
        return _expand_parts(parts, self._r, self.string, self.string[:0])

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._r[1], self._r[2], self.string[self._r[1]:self._r[2]])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self




def _expand_parts(parts, r, string, empty):
    out = []
    for p in parts:
        if type(p) is int:
            s = r[2*p+1]
            if s >= 0:
                out.append(string[s:r[2*p+2]])
        else:
            out.append(p)
    return empty.join(out)


_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                     't': '\t', 'v': '\v', '\\': '\\'}


def _compile_repl(repl, pattern):
    # Returns (literal, None) for a template with no group references,
    # else (None, parts) with ints for groups and strings between them.
    if isinstance(repl, str):
        if pattern._bytes:
            raise TypeError('expected a bytes-like object, str found')
        text = repl
        back = '\\'
        def conv(s):
            return s
    else:
        if not pattern._bytes:
            raise TypeError('expected str instance, %s found' % type(repl).__name__)
        text = repl.decode('latin-1')
        back = '\\'
        def conv(s):
            return s.encode('latin-1')
    if back not in text:
        return repl, None
    parts = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups
    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, start)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise error('missing <', repl, i)
            j = text.find('>', i + 1)
            if j < 0:
                if i + 1 >= n:
                    raise error('missing group name', repl, i + 1)
                raise error('missing >, unterminated name', repl, i + 1)
            name = text[i+1:j]
            if not name:
                raise error('missing group name', repl, i + 1)
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern.groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise error('bad character in group name %r' % name, repl, i + 1) from None
                if index > groups:
                    raise error('invalid group reference %d' % index, repl, i + 1)
            i = j + 1
            if lit:
                parts.append(conv(''.join(lit)))
                lit = []
            parts.append(index)
        elif c == '0':
            j = i
            while j < n and j < i + 2 and text[j] in '01234567':
                j += 1
            lit.append(chr(int(text[i-1:j], 8)))
            i = j
        elif c in '123456789':
            if i + 1 < n and c in '01234567' and text[i] in '01234567' and text[i+1] in '01234567':
                v = int(text[i-1:i+2], 8)
                if v > 0o377:
                    raise error('octal escape value %s outside of range 0-0o377' % text[start:i+2], repl, start)
                lit.append(chr(v))
                i += 2
                continue
            j = i
            if j < n and text[j] in '0123456789':
                j += 1
            index = int(text[i-1:j])
            if index > groups:
                raise error('invalid group reference %d' % index, repl, start + 1)
            i = j
            if lit:
                parts.append(conv(''.join(lit)))
                lit = []
            parts.append(index)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error('bad escape %s' % text[start:i], repl, start)
        else:
            lit.append('\\' + c)
    if lit:
        parts.append(conv(''.join(lit)))
    return None, parts


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    try:
        p = _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return p.match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    try:
        p = _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return p.search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache"
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars).encode('latin1')
