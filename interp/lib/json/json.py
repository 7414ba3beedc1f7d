"""JSON (JavaScript Object Notation) encoder and decoder (bytepy).

dumps/dump turn Python objects into JSON text and loads/load read it back,
with CPython 3.7's output and error messages.
"""

from _json import encode_basestring, encode_basestring_ascii, scan_once as _scan_once

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')
_WS = ' \t\n\r'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the document, position, line and column."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------- encoding

def _floatstr(o, allow_nan, with_repr):
    if o != o:
        text = 'NaN'
    elif o == _INF:
        text = 'Infinity'
    elif o == -_INF:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        # The C encoder (no indent) and the Python one (indent) word this
        # differently in 3.7.
        if with_repr:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        out = []
        _Writer(self, out, _one_shot).value(o, 0)
        return iter(out) if not _one_shot else out


class _Writer:
    # One encoding pass: appends text pieces to out.

    def __init__(self, enc, out, one_shot):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        # The C encoder serves the one-shot, unindented case.
        self.c_style = one_shot and enc.indent is None

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o
            return key
        return None

    def leave(self, key):
        if key is not None:
            del self.markers[key]

    def scalar(self, o):
        # The text of a str, None, bool, int or float; None for others.
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _floatstr(o, self.enc.allow_nan, not self.c_style)
        return None

    # The pieces appended are the chunks 3.7's iterencode yields (a
    # scalar list item travels with the separator before it), so dump()
    # makes the same write() calls.

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        else:
            self.container(o, level)

    def container(self, o, level):
        if isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            key = self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(key)

    def newline(self, level):
        return '\n' + self.indent * level

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        key = self.enter(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            sep = self.enc.item_separator + self.newline(level)
            buf += self.newline(level)
        else:
            sep = self.enc.item_separator
        first = True
        for v in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(v)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                self.container(v, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append(']')
        self.leave(key)

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        key = self.enter(dct)
        out.append('{')
        if self.indent is not None:
            level += 1
            sep = self.enc.item_separator + self.newline(level)
            out.append(self.newline(level))
        else:
            sep = self.enc.item_separator
        items = dct.items()
        if self.enc.sort_keys:
            items = sorted(items, key=lambda kv: kv[0])
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = _floatstr(k, self.enc.allow_nan, not self.c_style)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s' % k.__class__.__name__)
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.quote(k))
            out.append(self.enc.key_separator)
            self.value(v, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append('}')
        self.leave(key)


_default_encoder = JSONEncoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting object)."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                       separators=separators, default=default, sort_keys=sort_keys,
                       **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


# ---------------------------------------------------------------- decoding

_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class JSONDecoder(object):
    """Simple JSON decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s):
        """Return the Python representation of s (a str with a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx; returns (obj, end)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        finally:
            self.memo.clear()
        return obj, end

    def scan_once(self, s, idx):
        # The scanner is Go (_json.scan_once); it calls back the hooks.
        return _scan_once(s, idx, self.strict, self.parse_float, self.parse_int,
                          self.parse_constant, self.object_hook,
                          self.object_pairs_hook, JSONDecodeError)


_default_decoder = JSONDecoder()


def loads(s, *, encoding=None, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray with a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, '
                            'not {}'.format(s.__class__.__name__))
        s = bytes(s)
        if s[:3] == b'\xef\xbb\xbf':
            s = s[3:]
        s = s.decode('utf-8')
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
