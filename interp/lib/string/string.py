"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


####################################################################
# Template: $-substitution.
#
# The default placeholder syntax ($$, $name, ${name}, with names of
# ASCII letters, digits and underscores) is scanned by hand, so Template
# works without the re module. A subclass that changes idpattern,
# braceidpattern, flags or pattern gets a regular-expression scanner
# built from its attributes, as CPython's does.

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _Match:
    # The little of a re match object that substitution needs: which
    # alternative matched, its text and where it starts.
    __slots__ = ('kind', 'name', 'start', 'end', 'text')

    def __init__(self, kind, name, start, end, text):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.text = text


def _scan_default(template, delim):
    # Yields (literal, match-or-None) pieces of template.
    n = len(template)
    dl = len(delim)
    pos = 0
    lit_start = 0
    while True:
        i = template.find(delim, pos)
        if i < 0:
            yield template[lit_start:], None
            return
        j = i + dl
        if template.startswith(delim, j):
            m = _Match('escaped', None, i, j + dl, template[i:j + dl])
        elif j < n and template[j] in _ID_START:
            k = j + 1
            while k < n and template[k] in _ID_CHARS:
                k += 1
            m = _Match('named', template[j:k], i, k, template[i:k])
        elif (j + 1 < n and template[j] == '{' and template[j + 1] in _ID_START):
            k = j + 2
            while k < n and template[k] in _ID_CHARS:
                k += 1
            if k < n and template[k] == '}':
                m = _Match('braced', template[j + 1:k], i, k + 1, template[i:k + 1])
            else:
                m = _Match('invalid', None, i, j, delim)
        else:
            m = _Match('invalid', None, i, j, delim)
        yield template[lit_start:i], m
        pos = lit_start = m.end


def _scan_regex(pattern, template):
    pos = 0
    for mo in pattern.finditer(template):
        groups = mo.groupdict()
        if groups.get('named') is not None:
            m = _Match('named', groups['named'], mo.start(), mo.end(), mo.group())
        elif groups.get('braced') is not None:
            m = _Match('braced', groups['braced'], mo.start(), mo.end(), mo.group())
        elif groups.get('escaped') is not None:
            m = _Match('escaped', None, mo.start(), mo.end(), mo.group())
        elif groups.get('invalid') is not None:
            m = _Match('invalid', None, mo.start('invalid'), mo.end(), mo.group())
        else:
            raise ValueError('Unrecognized named group in pattern', pattern)
        yield template[pos:mo.start()], m
        pos = mo.end()
    yield template[pos:], None


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None  # re.IGNORECASE, once re is imported

    def __init__(self, template):
        self.template = template

    @classmethod
    def _regex(cls):
        # The compiled pattern for a customised subclass (cached on it).
        cached = cls.__dict__.get('_compiled')
        if cached is not None:
            return cached
        import re
        pat = cls.__dict__.get('pattern')
        if pat is None:
            for klass in cls.__mro__:
                if 'pattern' in klass.__dict__ and not isinstance(klass.__dict__['pattern'], property):
                    pat = klass.__dict__['pattern']
                    break
        flags = cls.flags if cls.flags is not None else re.IGNORECASE
        if pat is None:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            bident = cls.braceidpattern or ident
            pat = (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + ident +
                   r')|{(?P<braced>' + bident + r')}|(?P<invalid>))')
        if isinstance(pat, str):
            pat = re.compile(pat, flags | re.VERBOSE)
        cls._compiled = pat
        return pat

    def _pieces(self):
        cls = type(self)
        if (cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
                and cls.flags is None and not _has_pattern(cls)):
            return _scan_default(self.template, cls.delimiter)
        return _scan_regex(cls._regex(), self.template)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object "
                            "needs an argument")
        self, *args = args
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, args[0])
        else:
            mapping = args[0]
        out = []
        for literal, m in self._pieces():
            out.append(literal)
            if m is None:
                break
            if m.kind == 'escaped':
                out.append(self.delimiter)
            elif m.kind == 'invalid':
                self._invalid(m.start + (len(self.delimiter) if _is_default(self) else 0))
            else:
                out.append('%s' % (mapping[m.name],))
        return ''.join(out)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object "
                            "needs an argument")
        self, *args = args
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, args[0])
        else:
            mapping = args[0]
        out = []
        for literal, m in self._pieces():
            out.append(literal)
            if m is None:
                break
            if m.kind == 'escaped':
                out.append(self.delimiter)
            elif m.kind == 'invalid':
                out.append(m.text)
            else:
                try:
                    out.append('%s' % (mapping[m.name],))
                except KeyError:
                    out.append(m.text)
        return ''.join(out)


def _has_pattern(cls):
    for klass in cls.__mro__:
        if klass is Template:
            return False
        if 'pattern' in klass.__dict__:
            return True
    return False


def _is_default(t):
    # The hand scanner reports an invalid placeholder at its delimiter;
    # the regular expression at the empty group after it.
    cls = type(t)
    return (cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
            and cls.flags is None and not _has_pattern(cls))


class _ChainMap:
    # Keyword arguments first, then the mapping: what substitute looks
    # names up in when given both.
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


####################################################################
# Formatter: str.format's machinery, one overridable step per method.

def _parse_format(s):
    # Yields (literal, field_name, format_spec, conversion) as
    # _string.formatter_parser does; the last three are None when no
    # field follows the literal.
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if markup and c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if markup and c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
            continue
        field, spec, conv, pos = _parse_field(s, pos)
        yield literal, field, spec, conv


def _parse_field(s, pos):
    # Reads "name[!conv][:spec]}" from pos; returns its parts and the
    # position after the closing brace.
    n = len(s)
    start = pos
    c = ''
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    field = s[start:pos - 1]
    conv = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= n:
                raise ValueError("end of string while looking for conversion "
                                 "specifier")
            conv = s[pos]
            pos += 1
            if pos < n:
                c2 = s[pos]
                pos += 1
                if c2 == '}':
                    return field, '', conv, pos
                if c2 != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return field, s[spec_start:pos - 1], conv, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field, '', conv, pos


def _field_name_split(name):
    # "first.attr[key]..." -> (first, [(is_attr, key), ...]) with numeric
    # first and keys made ints, as _string.formatter_field_name_split.
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and name[i] not in '.[':
                i += 1
            key = name[j:i]
            is_attr = True
        elif c == '[':
            j = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[j:i]
            i += 1
            is_attr = False
            if key.isdigit():
                key = int(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
        if key == '':
            raise ValueError("Empty attribute in format string")
        rest.append((is_attr, key))
    return first, rest


class Formatter:
    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, *args = args
        try:
            format_string, *args = args
        except ValueError:
            raise TypeError("format() missing 1 required positional "
                            "argument: 'format_string'") from None
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering and explicit indexes cannot be mixed.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
