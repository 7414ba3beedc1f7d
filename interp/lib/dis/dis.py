"""Disassembler of Python byte code into mnemonics."""

# This half of dis decides *what* to disassemble; reading the wordcode and
# laying out the text is done by the Go module _dis.

import sys
import _dis
from _dis import (opname, opmap, cmp_op, hasconst, hasname, hasjrel,
                  hasjabs, haslocal, hascompare, hasfree, hasnargs,
                  HAVE_ARGUMENT, EXTENDED_ARG, stack_effect, findlabels)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode",
           "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]


def _sample():
    pass


class _Sample:
    def method(self):
        pass


# The kinds of object a class or module member must be for dis to show it.
_have_code = (type(_Sample().method), type(_sample), type(_sample.__code__),
              classmethod, staticmethod, type)
del _sample, _Sample

FORMAT_VALUE = opmap['FORMAT_VALUE']

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    return _dis.pretty_flags(flags)


def _try_compile(source, name):
    # An expression disassembles as 'eval' code; anything else as a module.
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _unwrap(x):
    # A method stands for its function, a function or generator-like
    # object for its code.
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _out(text, file):
    if file is None:
        file = sys.stdout
    file.write(text)


def dis(x=None, *, file=None, depth=None):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _out(_dis.dis_bytes(x), file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def _last_traceback():
    try:
        tb = sys.last_traceback
    except AttributeError:
        raise RuntimeError("no last traceback to disassemble") from None
    return tb


def distb(tb=None, *, file=None):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        co, lasti = _dis.tb_last(_last_traceback(), True)
    else:
        co, lasti = _dis.tb_last(tb, False)
    disassemble(co, lasti, file=file)


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _dis.code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


_FIELDS = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
           'starts_line', 'is_jump_target')


class Instruction:
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
    """

    # It behaves as the namedtuple it is in CPython: fields by name and by
    # index, iteration, equality with tuples, the namedtuple repr.
    __slots__ = _FIELDS
    _fields = _FIELDS

    def __init__(self, opname, opcode, arg, argval, argrepr, offset,
                 starts_line, is_jump_target):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target

    def _astuple(self):
        return (self.opname, self.opcode, self.arg, self.argval,
                self.argrepr, self.offset, self.starts_line,
                self.is_jump_target)

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 8

    def __getitem__(self, i):
        return self._astuple()[i]

    def __eq__(self, other):
        if isinstance(other, Instruction):
            other = other._astuple()
        if isinstance(other, tuple):
            return self._astuple() == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash(self._astuple())

    def __repr__(self):
        return ('Instruction(opname=%r, opcode=%r, arg=%r, argval=%r, '
                'argrepr=%r, offset=%r, starts_line=%r, is_jump_target=%r)'
                % self._astuple())

    def _asdict(self):
        return dict(zip(_FIELDS, self._astuple()))

    def _replace(self, **kwds):
        d = self._asdict()
        for k in kwds:
            if k not in d:
                raise ValueError('Got unexpected field names: %r' % list(kwds))
        d.update(kwds)
        return Instruction(**d)

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format instruction details for inclusion in disassembly output

        *lineno_width* sets the width of the line number field (0 omits it)
        *mark_as_current* inserts a '-->' marker arrow as part of the line
        *offset_width* sets the width of the instruction offset field
        """
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(20))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _instructions(co, line_offset):
    for t in _dis.instructions(co, line_offset):
        yield Instruction(*t)


def get_instructions(x, *, first_line=None):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    if first_line is None:
        line_offset = 0
    else:
        line_offset = first_line - co.co_firstlineno
    return _instructions(co, line_offset)


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno) as described in Python/compile.c.
    """
    return iter(_dis.findlinestarts(code))


def disassemble(co, lasti=-1, *, file=None):
    """Disassemble a code object."""
    _out(_dis.disassemble(co, lasti), file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._cell_names = co.co_cellvars + co.co_freevars
        self._linestarts = dict(_dis.findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__,
                                 self._original_object)

    @classmethod
    def from_traceback(cls, tb):
        """ Construct a Bytecode from the given traceback """
        co, lasti = _dis.tb_last(tb, True)
        return cls(co, current_offset=lasti)

    def info(self):
        """Return formatted information about the code object."""
        return _dis.code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        offset = self.current_offset
        if offset is None:
            offset = -1
        return _dis.disassemble(self.codeobj, offset, self._line_offset)
