# bytepy's pprint: pprint, pformat, saferepr, isreadable, isrecursive and
# PrettyPrinter, laid out as CPython 3.7 lays them out (dicts sorted by
# key, as 3.7 always does).
#
# An object whose one-line repr fits in the room left on the line is
# written as that repr. One that does not is broken up by a handler for
# its type (dict, list, tuple, set, frozenset, str, OrderedDict,
# defaultdict, Counter, deque), which writes the parts one per line,
# recursively, each with the room that remains for it. The one-line repr
# is _safe_repr's: like repr, but with sorted dicts, a depth limit, and a
# marker instead of infinite recursion.

import sys as _sys
import collections as _collections
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact).pformat(object)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return _safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return _safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return _safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Orders values that may not be comparable: by value when they are,
    else by type name and id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _repr_owner(obj):
    """The class whose __repr__ obj uses."""
    for c in type(obj).__mro__:
        if '__repr__' in c.__dict__:
            if c is object and isinstance(obj, _collections.deque):
                return _collections.deque
            return c
    return object


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)

    def pprint(self, object):
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override."""
        return _safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    # --- layout ----------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        # allowance: characters that must still follow this object on its
        # last line (closing brackets and commas of the enclosing ones)
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            handler = self._dispatch.get(_repr_owner(object))
            if handler is not None:
                context[key] = 1
                handler(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _pad(self, stream):
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad(stream)
        if len(object):
            items = sorted(object.items(), key=_safe_tuple)
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        # a long string is split at line ends, then between words, into
        # adjacent literals (inside parentheses at the top level)
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            whole = repr(line)
            if len(whole) <= room - (allowance if last_line else 0):
                pieces.append(whole)
                continue
            words = _words(line)
            current = ''
            for j, word in enumerate(words):
                limit = room
                if last_line and j == len(words) - 1:
                    limit -= allowance
                if len(repr(current + word)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(whole)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent,
                                               self._repr(object.maxlen, context, level)))

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            text = self._repr(key, context, level)
            stream.write(text + ': ')
            self._format(value, stream, indent + len(text) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(',\n' + ' ' * indent)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._pad(stream)
        items = list(items)
        if not items:
            return
        newline = ',\n' + ' ' * indent
        sep = ''
        # with compact, short items share lines: room counts what is left
        full = self._width - indent + 1
        room = full
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                full -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    stream.write(sep + text)
                    sep = ', '
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    _dispatch = {
        dict: _pprint_dict,
        _collections.OrderedDict: _pprint_ordered_dict,
        list: _pprint_list,
        tuple: _pprint_tuple,
        set: _pprint_set,
        frozenset: _pprint_set,
        str: _pprint_str,
        _collections.defaultdict: _pprint_default_dict,
        _collections.Counter: _pprint_counter,
        _collections.deque: _pprint_deque,
    }


def _words(line):
    """line cut after each run of whitespace: 'a b  c' -> 'a ', 'b  ', 'c'."""
    out = []
    start = 0
    i, n = 0, len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        out.append(line[start:i])
        start = i
    return out


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _safe_repr(object, context, maxlevels, level):
    """(repr, readable, recursive): repr with dicts sorted, nesting cut at
    maxlevels and recursion marked."""
    owner = _repr_owner(object)
    if owner is str:
        return repr(object), True, False
    if owner is dict:
        if not object:
            return "{}", True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return "{...}", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for k, v in sorted(object.items(), key=_safe_tuple):
            krepr, kreadable, krec = _safe_repr(k, context, maxlevels, level + 1)
            vrepr, vreadable, vrec = _safe_repr(v, context, maxlevels, level + 1)
            parts.append("%s: %s" % (krepr, vrepr))
            readable = readable and kreadable and vreadable
            recursive = recursive or krec or vrec
        del context[key]
        return "{%s}" % ", ".join(parts), readable, recursive
    if owner is list or owner is tuple:
        if owner is list:
            if not object:
                return "[]", True, False
            fmt = "[%s]"
        elif len(object) == 1:
            fmt = "(%s,)"
        else:
            if not object:
                return "()", True, False
            fmt = "(%s)"
        key = id(object)
        if maxlevels and level >= maxlevels:
            return fmt % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for item in object:
            text, ok, rec = _safe_repr(item, context, maxlevels, level + 1)
            parts.append(text)
            readable = readable and ok
            recursive = recursive or rec
        del context[key]
        return fmt % ", ".join(parts), readable, recursive
    text = repr(object)
    return text, bool(text and not text.startswith('<')), False
