"""This module provides various functions to manipulate time values."""

# Clocks and sleep are _time's Go builtins, re-exported as they are;
# struct_time and the conversions that take or return it live here.

from _time import (time, time_ns, perf_counter, perf_counter_ns,
                   monotonic, monotonic_ns, process_time, process_time_ns,
                   sleep, timezone, altzone, daylight, tzname)

# 3.7 still has clock() (deprecated since 3.3): process time on Unix.
clock = process_time
# One thread runs Python code, so its CPU time is the process's.
thread_time = process_time
thread_time_ns = process_time_ns
import _time

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    """The time value as returned by gmtime(), localtime(), and strptime()

    It behaves as a 9-tuple; tm_zone and tm_gmtoff are attributes only.
    """

    __slots__ = _FIELDS + ('tm_zone', 'tm_gmtoff')
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % len(seq))
        (self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour, self.tm_min,
         self.tm_sec, self.tm_wday, self.tm_yday, self.tm_isdst) = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else None
        self.tm_gmtoff = seq[10] if len(seq) > 10 else None

    def _astuple(self):
        return (self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour,
                self.tm_min, self.tm_sec, self.tm_wday, self.tm_yday,
                self.tm_isdst)

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 9

    def __getitem__(self, i):
        return self._astuple()[i]

    def __eq__(self, other):
        if isinstance(other, struct_time):
            other = other._astuple()
        if isinstance(other, tuple):
            return self._astuple() == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        return self._astuple() < tuple(other)

    def __hash__(self):
        return hash(self._astuple())

    def __repr__(self):
        return ('time.struct_time(tm_year=%r, tm_mon=%r, tm_mday=%r, '
                'tm_hour=%r, tm_min=%r, tm_sec=%r, tm_wday=%r, tm_yday=%r, '
                'tm_isdst=%r)' % self._astuple())

    def __reduce__(self):
        return (struct_time, (self._astuple(),))


def _full(t, fname):
    # The tuple _time wants: 9 fields, plus zone and offset when known.
    if isinstance(t, struct_time):
        if t.tm_zone is not None:
            return t._astuple() + (t.tm_zone, t.tm_gmtoff)
        return t._astuple()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    return t


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_time.gmtime(seconds))


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_time.localtime(seconds))


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    return _time.mktime(_full(t, 'mktime'))


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(format).__name__)
    if t is None:
        t = localtime()
    return _time.strftime(format, _full(t, 'strftime'))


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    return _time.strftime('%a %b %e %H:%M:%S %Y', _full(t, 'asctime'))


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday',
         'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december')
_DIGITS = '0123456789'


def _number(s, pos, width, directive):
    # Up to width digits at pos (at least one).
    end = pos
    while end < len(s) and end - pos < width and s[end] in _DIGITS:
        end += 1
    if end == pos:
        return None, pos
    return int(s[pos:end]), end


def _word(s, pos, names, short):
    low = s[pos:].lower()
    best = None
    for i, name in enumerate(names):
        for cand in (name, name[:3]) if short is None else ((name[:3],) if short else (name,)):
            if low.startswith(cand) and (best is None or len(cand) > best[1]):
                best = (i, len(cand))
    if best is None:
        return None, pos
    return best[0], pos + best[1]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ordinal(y, m, d):
    days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        days[1] = 29
    return _days_before_year(y) + sum(days[:m - 1]) + d


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a time tuple according to a format specification.

    Supported directives: %Y %y %m %d %j %H %I %M %S %p %a %A %b %B %h %f
    %z %Z %%, with whitespace in the format matching any run of it.
    """
    for arg in (string, format):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument 0 must be str, not %s" % type(arg))
    f = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0}
    hour12 = pm = yday = wday = None
    pos = 0
    i = 0
    n = len(format)

    def fail():
        raise ValueError("time data %r does not match format %r" % (string, format))
    while i < n:
        c = format[i]
        i += 1
        if c.isspace():
            while pos < len(string) and string[pos].isspace():
                pos += 1
            continue
        if c != '%':
            if not string.startswith(c, pos):
                fail()
            pos += 1
            continue
        if i >= n:
            raise ValueError("stray %% in format '%s'" % format)
        d = format[i]
        i += 1
        if d == '%':
            if not string.startswith('%', pos):
                fail()
            pos += 1
        elif d in 'YmdHMSyjIf':
            width = {'Y': 4, 'j': 3, 'f': 6}.get(d, 2)
            v, pos2 = _number(string, pos, width, d)
            if v is None:
                fail()
            pos = pos2
            if d == 'y':
                f['Y'] = v + (2000 if v < 69 else 1900)
            elif d == 'I':
                hour12 = v
            elif d == 'j':
                yday = v
            elif d != 'f':
                f[d] = v
        elif d in 'aA':
            wday, pos = _word(string, pos, _DAYS, None)
            if wday is None:
                fail()
        elif d in 'bBh':
            m, pos = _word(string, pos, _MONTHS, None)
            if m is None:
                fail()
            f['m'] = m + 1
        elif d == 'p':
            ampm = string[pos:pos + 2].lower()
            if ampm not in ('am', 'pm'):
                fail()
            pm = ampm == 'pm'
            pos += 2
        elif d == 'z':
            j = pos
            if j < len(string) and string[j] in '+-':
                j += 1
            while j < len(string) and string[j] in _DIGITS + ':':
                j += 1
            if j == pos:
                fail()
            pos = j
        elif d == 'Z':
            j = pos
            while j < len(string) and string[j].isalpha():
                j += 1
            pos = j
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    if pos != len(string):
        raise ValueError("unconverted data remains: %s" % string[pos:])
    if hour12 is not None:
        f['H'] = hour12 % 12 + (12 if pm else 0)
    elif pm is not None and f['H'] < 12 and pm:
        pass
    y = f['Y']
    if yday is not None and 'm' not in format and 'd' not in format:
        start = _ordinal(y, 1, 1)
        for m in range(12, 0, -1):
            if _ordinal(y, m, 1) - start < yday:
                f['m'] = m
                f['d'] = yday - (_ordinal(y, m, 1) - start)
                break
    try:
        o = _ordinal(y, f['m'], f['d'])
    except IndexError:
        raise ValueError("day is out of range for month")
    if not 1 <= f['m'] <= 12:
        fail()
    if yday is None:
        yday = o - _ordinal(y, 1, 1) + 1
    wday = (o + 6) % 7
    return struct_time((y, f['m'], f['d'], f['H'], f['M'], f['S'], wday, yday, -1))


class _ClockInfo:
    # What types.SimpleNamespace shows; get_clock_info's result type.
    def __init__(self, adjustable, implementation, monotonic, resolution):
        self.adjustable = adjustable
        self.implementation = implementation
        self.monotonic = monotonic
        self.resolution = resolution

    def __repr__(self):
        return ('namespace(adjustable=%r, implementation=%r, monotonic=%r, '
                'resolution=%r)' % (self.adjustable, self.implementation,
                                    self.monotonic, self.resolution))


_CLOCKS = {
    'time': (True, 'clock_gettime(CLOCK_REALTIME)', False, 1e-09),
    'monotonic': (False, 'clock_gettime(CLOCK_MONOTONIC)', True, 1e-09),
    'perf_counter': (False, 'clock_gettime(CLOCK_MONOTONIC)', True, 1e-09),
    'process_time': (False, 'clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, 1e-09),
    'thread_time': (False, 'clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, 1e-09),
    'clock': (False, 'clock()', True, 1e-06),
}


def get_clock_info(name):
    """Get information of the specified clock."""
    try:
        return _ClockInfo(*_CLOCKS[name])
    except KeyError:
        raise ValueError('unknown clock') from None
