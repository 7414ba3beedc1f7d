# bytepy's struct: pack and unpack values as C structs, with CPython
# 3.7's format language and error messages.
#
# A format compiles (once, cached) into a list of (code, count, offset)
# items and a total size. '@' (the default) is native: this machine's
# sizes (long is 8 bytes) and alignment, little-endian; '=', '<', '>' and
# '!' are standard sizes without alignment, in the given byte order.

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code: (native size, standard size); None where the code has no
# standard form
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4),
    'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
    'P': (8, None),
}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQNP'
_FLOATS = 'efd'

# the out-of-range messages of the one- and two-byte codes
_SMALL_RANGE = {
    'b': 'byte format requires -128 <= number <= 127',
    'B': 'ubyte format requires 0 <= number <= 255',
    'h': 'short format requires (-0x7fff - 1) <= number <= 0x7fff',
    'H': 'ushort format requires 0 <= number <= (0x7fff * 2 + 1)',
}


class _Layout:
    __slots__ = ('items', 'size', 'little', 'native', 'nargs')


_cache = {}


def _compile(fmt):
    key = fmt
    layout = _cache.get(key)
    if layout is not None:
        return layout
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    native, little, i = True, True, 0
    if fmt and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        little = fmt[0] in '@=<'
        i = 1
    items = []
    size = 0
    nargs = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[1] is None):
            raise error("bad char in struct format")
        itemsize = sizes[0] if native else sizes[1]
        if count is None:
            count = 1
        if native and c not in 'xcbB?sp' and size % itemsize:
            size += itemsize - size % itemsize
        items.append((c, count, size))
        if c in 'sp':
            size += count
            nargs += 1
        else:
            size += itemsize * count
            if c != 'x':
                nargs += count
    layout = _Layout()
    layout.items = items
    layout.size = size
    layout.little = little
    layout.native = native
    layout.nargs = nargs
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = layout
    return layout


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _compile(format).size


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


def _pack_int(c, v, size, native, little):
    v = _index(v)
    if c in _SMALL_RANGE:
        lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if c in _SIGNED else (0, (1 << (8 * size)) - 1)
        if not lo <= v <= hi:
            raise error(_SMALL_RANGE[c])
    elif c == 'P':
        v &= (1 << 64) - 1  # a pointer wraps, as PyLong_AsVoidPtr allows
    elif size == 4:
        if c in _SIGNED:
            if not -(1 << 31) <= v < (1 << 31):
                raise error("'%s' format requires -2147483648 <= number <= 2147483647" % c)
        else:
            if v < 0:
                raise error("argument out of range")
            if v >= 1 << 32:
                raise error("'%s' format requires 0 <= number <= 4294967295" % c)
    else:
        signed = c in _SIGNED
        lo, hi = (-(1 << 63), (1 << 63) - 1) if signed else (0, (1 << 64) - 1)
        if not lo <= v <= hi:
            raise error("argument out of range")
    return v.to_bytes(size, 'little' if little else 'big', signed=c in _SIGNED)


def _pack_float(c, v, size, native, little):
    try:
        x = float(v) if isinstance(v, (int, float)) or hasattr(type(v), '__float__') else None
    except TypeError:
        x = None
    if x is None:
        raise error("required argument is not a float")
    b = _struct.pack_float(x, size, little, c == 'e' or not native)
    if b is None:
        raise OverflowError("float too large to pack with %s format" % c)
    return b


def _pack(layout, args, fname='pack'):
    if len(args) != layout.nargs:
        raise error("%s expected %d items for packing (got %d)" % (fname, layout.nargs, len(args)))
    out = bytearray(layout.size)
    a = 0
    for c, count, offset in layout.items:
        itemsize = _SIZES[c][0] if layout.native else _SIZES[c][1]
        if c == 'x':
            continue
        if c in 'sp':
            data = args[a]
            a += 1
            if not isinstance(data, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % c)
            if c == 's':
                chunk = bytes(data[:count])
                out[offset:offset + len(chunk)] = chunk
            elif count:
                chunk = bytes(data[:min(count - 1, 255)])
                out[offset] = len(chunk)
                out[offset + 1:offset + 1 + len(chunk)] = chunk
            continue
        for k in range(count):
            v = args[a]
            a += 1
            at = offset + k * itemsize
            if c == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                b = bytes(v)
            elif c == '?':
                b = b'\x01' if v else b'\x00'
            elif c in _FLOATS:
                b = _pack_float(c, v, itemsize, layout.native, layout.little)
            else:
                b = _pack_int(c, v, itemsize, layout.native, layout.little)
            out[at:at + itemsize] = b
    return out


def _unpack(layout, data):
    order = 'little' if layout.little else 'big'
    out = []
    for c, count, offset in layout.items:
        itemsize = _SIZES[c][0] if layout.native else _SIZES[c][1]
        if c == 'x':
            continue
        if c == 's':
            out.append(bytes(data[offset:offset + count]))
            continue
        if c == 'p':
            if count:
                n = min(data[offset], count - 1)
                out.append(bytes(data[offset + 1:offset + 1 + n]))
            else:
                out.append(b'')
            continue
        for k in range(count):
            raw = bytes(data[offset + k * itemsize:offset + (k + 1) * itemsize])
            if c == 'c':
                out.append(raw)
            elif c == '?':
                out.append(raw != bytes(itemsize))
            elif c in _FLOATS:
                out.append(_struct.unpack_float(raw, layout.little))
            else:
                out.append(int.from_bytes(raw, order, signed=c in _SIGNED))
    return tuple(out)


def _buffer(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    try:
        return bytes(memoryview(buffer))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


def pack(*args):
    """pack(format, v1, v2, ...) -> bytes"""
    if not args:
        raise TypeError("missing format argument")
    return bytes(_pack(_compile(args[0]), args[1:]))


def pack_into(*args):
    """pack_into(format, buffer, offset, v1, v2, ...)"""
    if len(args) < 3:
        raise TypeError("pack_into expected buffer argument" if len(args) == 1
                        else "pack_into expected offset argument" if len(args) == 2
                        else "missing format argument")
    return Struct(args[0]).pack_into(*args[1:])


def unpack(format, buffer):
    """unpack(format, buffer) -> tuple"""
    return Struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """unpack_from(format, buffer, offset=0) -> tuple"""
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """iter_unpack(format, buffer) -> iterator of tuples"""
    return Struct(format).iter_unpack(buffer)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self._layout = _compile(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        self.size = self._layout.size

    def pack(self, *args):
        return bytes(_pack(self._layout, args))

    def pack_into(self, buffer, offset, *args):
        data = _pack(self._layout, args, 'pack_into')
        n = len(buffer)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack(self._layout, data)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            if offset > n:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            raise error("unpack_from requires a buffer of at least %d bytes"
                        % self.size)
        return _unpack(self._layout, data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return (_unpack(self._layout, data[i:i + self.size])
                for i in range(0, len(data), self.size))


# 3.7 names the C type without its module: <class 'Struct'>.
Struct.__module__ = "builtins"
