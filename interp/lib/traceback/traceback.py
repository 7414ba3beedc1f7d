# bytepy's traceback: extracting, formatting and printing stack traces.
#
# Everything goes through two summaries. A StackSummary is a list of
# FrameSummary entries (file, line number, function name, source line),
# taken from a traceback's tb_next chain or from a frame's f_back chain;
# a TracebackException is an exception's summary, its stack plus the
# summaries of its __cause__/__context__ chain. The print_* and format_*
# functions are thin fronts on those two. The text is CPython 3.7's,
# which is also what bytepy prints for an uncaught exception (except that
# the interpreter's own printer qualifies a class from __main__ with its
# module and this one, like CPython's traceback module, does not).

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

# A run of identical entries longer than this is cut short with a
# "[Previous line repeated N more times]" line, as the interpreter does.
_REPEAT_LIMIT = 3

_CAUSE = ('\nThe above exception was the direct cause '
          'of the following exception:\n\n')
_CONTEXT = ('\nDuring handling of the above exception, '
            'another exception occurred:\n\n')


def _out(file):
    return sys.stderr if file is None else file


# --- lists of entries ---------------------------------------------------

def print_list(extracted_list, file=None):
    file = _out(file)
    for text in StackSummary.from_list(extracted_list).format():
        print(text, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


# --- tracebacks ---------------------------------------------------------

def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


# --- exceptions ---------------------------------------------------------

def print_exception(etype, value, tb, limit=None, file=None, chain=True):
    file = _out(file)
    # 3.7 takes the type from the value; etype is kept for compatibility
    te = TracebackException(type(value), value, tb, limit=limit)
    for text in te.format(chain=chain):
        print(text, file=file, end="")


def format_exception(etype, value, tb, limit=None, chain=True):
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def format_exception_only(etype, value):
    return list(TracebackException(etype, value, None).format_exception_only())


def _format_final_exc_line(etype, value):
    text = _some_str(value)
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<unprintable %s object>' % type(value).__name__


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# --- the running stack --------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    # Frame objects here hold no resources that clearing would free.
    while tb is not None:
        tb = tb.tb_next


# --- summaries ----------------------------------------------------------

class FrameSummary:
    """One stack entry: where it is and, looked up lazily, its source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)

    @property
    def line(self):
        if self._line is None:
            self._line = linecache.getline(self.filename, self.lineno).strip()
        return self._line


def walk_stack(f):
    """Yield (frame, line number) from f outwards to the outermost caller."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, line number) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limit(limit):
    # sys.tracebacklimit is the default when it is set; a negative one
    # means none at all
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


class StackSummary(list):
    """A list of FrameSummary entries, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        # frame_gen is consumed here, not in a helper, since walk_stack(None)
        # finds its first frame by counting callers from where it runs
        limit = _limit(limit)
        items = []
        if limit is None:
            for item in frame_gen:
                items.append(item)
        elif limit >= 0:
            for item in frame_gen:
                if len(items) >= limit:
                    break
                items.append(item)
        else:
            # a negative limit keeps the last -limit entries
            for item in frame_gen:
                items.append(item)
                if len(items) > -limit:
                    del items[0]
        result = klass()
        filenames = set()
        for f, lineno in items:
            co = f.f_code
            filenames.add(co.co_filename)
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in result:
                entry.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        last = None
        count = 0
        for entry in self:
            here = (entry.filename, entry.lineno, entry.name)
            if here != last:
                if count > _REPEAT_LIMIT:
                    result.append(_repeated(count - _REPEAT_LIMIT))
                last, count = here, 0
            count += 1
            if count > _REPEAT_LIMIT:
                continue
            text = '  File "{}", line {}, in {}\n'.format(*here)
            if entry.line:
                text += '    {}\n'.format(entry.line.strip())
            if entry.locals:
                for name, value in sorted(entry.locals.items()):
                    text += '    {} = {}\n'.format(name, value)
            result.append(text)
        if count > _REPEAT_LIMIT:
            result.append(_repeated(count - _REPEAT_LIMIT))
        return result


def _repeated(n):
    # unlike the interpreter's printer, this one minds the plural
    return '  [Previous line repeated {} more time{}]\n'.format(
        n, 's' if n > 1 else '')


class TracebackException:
    """An exception, its stack and its chain, captured for formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.__cause__ = self._chained(
            exc_value, '__cause__', limit, lookup_lines, capture_locals, _seen)
        self.__context__ = self._chained(
            exc_value, '__context__', limit, lookup_lines, capture_locals, _seen)
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.exc_traceback = exc_traceback
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        self.stack = StackSummary.extract(
            walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()

    @staticmethod
    def _chained(exc_value, attr, limit, lookup_lines, capture_locals, seen):
        other = getattr(exc_value, attr, None) if exc_value is not None else None
        if other is None or id(other) in seen:
            return None
        return TracebackException(
            type(other), other, other.__traceback__, limit=limit,
            lookup_lines=False, capture_locals=capture_locals, _seen=seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line
        if self.__context__:
            self.__context__._load_lines()
        if self.__cause__:
            self.__cause__._load_lines()

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
            return
        yield '  File "{}", line {}\n'.format(
            self.filename or "<string>", self.lineno or '?')
        text = self.text
        if text is not None:
            yield '    {}\n'.format(text.strip())
            if self.offset is not None:
                # the caret goes under column offset of the stripped line;
                # tabs before it are kept so it lines up
                shown = text.rstrip('\n')
                before = shown[:min(len(shown), self.offset) - 1].lstrip()
                pad = ''.join(c if c.isspace() else ' ' for c in before)
                yield '    {}^\n'.format(pad)
        yield "{}: {}\n".format(stype, self.msg or "<no detail available>")

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _CAUSE
            elif (self.__context__ is not None and
                  not self.__suppress_context__):
                yield from self.__context__.format(chain=chain)
                yield _CONTEXT
        if self.exc_traceback is not None:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()
