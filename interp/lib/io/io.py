# bytepy's io: in-memory text and byte streams. A stream is its contents
# plus a position. Writes at the end (what print(file=...) does) are
# collected as pieces and joined only when the text is needed, so a loop
# of prints stays linear.

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'TextIOBase',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    __module__ = '_io'
    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_msg = 'I/O operation on closed file.'

    def _check_open(self):
        if self.closed:
            raise ValueError(self._closed_msg)

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    __module__ = '_io'
    pass


class _MemoryStream(IOBase):
    # _empty is the class's element type ('' or b''); _kind names it in
    # TypeErrors.

    def __init__(self, initial):
        self.closed = False
        self._pieces = []
        self._data = initial
        self._pos = 0

    def _value(self):
        if self._pieces:
            self._data = self._data + self._empty.join(self._pieces)
            self._pieces = []
        return self._data

    def _size(self):
        return len(self._value())

    def close(self):
        self.closed = True
        self._pieces = []
        self._data = self._empty

    def getvalue(self):
        self._check_open()
        return self._value()

    def tell(self):
        self._check_open()
        return self._pos

    def write(self, s):
        self._check_open()
        self._check_write(s)
        n = len(s)
        if not n:
            return 0
        end = len(self._data) + sum(map(len, self._pieces))
        if self._pos == end:
            self._pieces.append(s)
        else:
            data = self._value()
            if self._pos > len(data):
                data = data + self._pad * (self._pos - len(data))
            self._data = data[:self._pos] + s + data[self._pos + n:]
        self._pos += n
        return n

    def read(self, size=-1):
        self._check_open()
        data = self._value()
        if size is None or size < 0:
            size = len(data)
        start = min(self._pos, len(data))
        out = data[start:start + size]
        self._pos = start + len(out)
        return out

    def readline(self, size=-1):
        self._check_open()
        data = self._value()
        start = min(self._pos, len(data))
        end = self._find_newline(data, start)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return data[start:end]

    def readlines(self, hint=-1):
        self._check_open()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._data = self._value()[:size]
        return size


class StringIO(_MemoryStream, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""
    __module__ = '_io'
    _empty = ''
    _pad = '\0'
    _closed_msg = 'I/O operation on closed file'

    def _find_newline(self, data, start):
        return data.find('\n', start)

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        _MemoryStream.__init__(self, initial_value)

    def _check_write(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r'
                            % type(s).__name__)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = self._size()
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)'
                             % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(_MemoryStream):
    """Buffered I/O implementation using an in-memory bytes buffer."""
    __module__ = '_io'
    _empty = b''
    _pad = b'\0'

    def _find_newline(self, data, start):
        for i in range(start, len(data)):
            if data[i] == 10:
                return i
        return -1

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _MemoryStream.__init__(self, bytes(initial_bytes))

    def _check_write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, b):
        return _MemoryStream.write(self, bytes(b) if not isinstance(b, str) else b)

    def getbuffer(self):
        return bytearray(self.getvalue())

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size() + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)'
                             % whence)
        return self._pos

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)




def open(*args, **kwargs):
    return __builtins__['open'](*args, **kwargs) if isinstance(__builtins__, dict) \
        else __builtins__.open(*args, **kwargs)
