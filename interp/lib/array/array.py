# bytepy's array: array.array, a typed sequence of numbers (or unicode
# characters) that checks each item as CPython 3.7's C array does and
# converts to and from bytes with struct's native layout.
#
# Items are kept as Python values in a list after conversion: an int is
# range-checked for its C type, a 'f' float is rounded to single
# precision, so what comes back out is what the C array would hold.

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
         'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (min, max, name of the C type in the range messages) for the codes
# whose checks say "is greater than maximum"
_SMALL = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'),
    'H': (0, 65535, 'unsigned short'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer'),
}


def _check_int(tc, v):
    unsigned = tc in 'ILQ'
    if isinstance(v, float):
        raise TypeError('array item must be integer' if unsigned
                        else 'integer argument expected, got float')
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise TypeError('an integer is required (got type %s)' % type(v).__name__)
        v = index(v)
    v = int(v)
    if tc in 'qQ':
        if tc == 'Q' and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if not (-2 ** 63 <= v < 2 ** 64 if tc == 'Q' else -2 ** 63 <= v < 2 ** 63):
            raise OverflowError('int too big to convert')
        return v
    if unsigned:
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 2 ** 64:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I' and v >= 2 ** 32:
            raise OverflowError('unsigned int is greater than maximum')
        return v
    if not -2 ** 63 <= v < 2 ** 63:
        raise OverflowError('Python int too large to convert to C long')
    if tc in _SMALL:
        lo, hi, name = _SMALL[tc]
        if v < lo:
            raise OverflowError('%s is less than minimum' % name)
        if v > hi:
            raise OverflowError('%s is greater than maximum' % name)
    return v


def _check(tc, v):
    if tc in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        v = float(v)
        if tc == 'f':
            v = _struct.unpack('f', _struct.pack('f', v))[0]
        return v
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return _check_int(tc, v)


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_tc', '_items', '__weakref__')

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(tc).__name__)
        if tc not in _SIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = tc
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if tc != 'u':
                    raise TypeError('cannot use a str to initialize an array with typecode %r' % tc)
                self._items = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if tc == 'u' and init._tc != 'u':
                    raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % tc)
                self._items = [_check(tc, v) for v in init._items]
            else:
                self._items = [_check(tc, v) for v in init]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZE[self._tc]

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._tc, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _like(self, items):
        out = array(self._tc)
        out._items = items
        return out

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._like(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array' % (what, type(other).__name__))
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')

    def __add__(self, other):
        self._same(other, 'append')
        return self._like(self._items + other._items)

    def __iadd__(self, other):
        self._same(other, 'extend')
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._like(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return self._like(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, proto):
        return (array, (self._tc, list(self._items)))

    # --- methods ---------------------------------------------------------

    def append(self, v):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        self._items.extend([_check(self._tc, v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v):
        try:
            return self._items.index(v)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._items.extend([_check(self._tc, v) for v in items])

    def tobytes(self):
        if self._tc == 'u':
            return ''.join(self._items).encode('utf-32-le')
        return _struct.pack('%d%s' % (len(self._items), self._tc), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _SIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._tc == 'u':
            self._items.extend(data.decode('utf-32-le'))
            return
        self._items.extend(_struct.unpack('%d%s' % (len(data) // size, self._tc), data))

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def byteswap(self):
        if self._tc == 'u':
            raise RuntimeError("don't know how to byteswap this array type")
        size = _SIZE[self._tc]
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        # no stable address exists here; id stands in for it
        return (id(self), len(self._items))


array.__module__ = 'array'
ArrayType = array
