# bytepy's enum: Enum, IntEnum, Flag, IntFlag, auto and unique, with
# CPython 3.7's reprs, lookups and error messages.
#
# The class body runs against an _EnumDict (EnumMeta.__prepare__), which
# sees each assignment as it happens: auto() gets its value there, so
# later lines of the body can compute with it (WHITE = RED | BLUE), and a
# name given twice is an error. EnumMeta.__new__ then takes the members
# out of the namespace in order and makes each one an instance of the
# new class, with aliases for repeated values.

import sys
from types import DynamicClassAttribute, MappingProxyType
from collections import OrderedDict

__all__ = ['EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']

# The names an enum class body may use with one leading and trailing
# underscore; any other _sunder_ name is reserved.
_SUNDER_OK = ('_order_', '_create_pseudo_member_', '_generate_next_value_',
              '_missing_', '_ignore_')

# Enum, once it exists: EnumMeta.__new__ treats the classes that bootstrap
# the module (Enum itself) specially.
Enum = None


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    value = object()  # a marker: no value yet


class _EnumDict(dict):
    """The namespace of an enum class body: it records the member names
    and values as they are assigned."""

    def __init__(self, generate):
        super().__init__()
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in _SUNDER_OK:
                raise ValueError('_names_ are reserved for future Enum use')
            if key == '_generate_next_value_':
                if self._member_names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate = value
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
                self._ignore = names
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('Attempted to reuse key: %r' % key)
        elif key in self._ignore:
            pass
        elif not _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as: %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is auto.value:
                    value.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumMeta(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases):
        first_enum = bases[-1] if bases else None
        generate = getattr(first_enum, '_generate_next_value_', None)
        return _EnumDict(generate)

    def __new__(metacls, cls, bases, classdict):
        member_type, first_enum = metacls._get_mixins_(bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        classdict = dict(classdict)
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for name in ignore:
            classdict.pop(name, None)

        # pick the members out of the body, in order, resolving auto()
        gen = classdict.get('_generate_next_value_')
        if gen is None and first_enum is not None:
            gen = getattr(first_enum, '_generate_next_value_', None)
        names, values = [], []
        for key, value in list(classdict.items()):
            if _is_sunder(key):
                if key not in _SUNDER_OK:
                    raise ValueError('_names_ are reserved for future Enum use')
                if key == '_generate_next_value_' and names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                continue
            if _is_dunder(key) or _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is auto.value:
                    value.value = gen(key, 1, len(names), values[:])
                value = value.value
            names.append(key)
            values.append(value)
            del classdict[key]

        order = classdict.pop('_order_', None)
        bad = set(names) & {'mro', ''}
        if bad:
            raise ValueError('Invalid enum member name: {0}'.format(','.join(bad)))
        if '__doc__' not in classdict:
            classdict['__doc__'] = 'An enumeration.'

        enum_class = super().__new__(metacls, cls, bases, classdict)
        enum_class._member_names_ = []
        enum_class._member_map_ = OrderedDict()
        enum_class._member_type_ = member_type
        enum_class._value2member_map_ = {}
        dynamic = {k for c in enum_class.mro() for k, v in c.__dict__.items()
                   if isinstance(v, DynamicClassAttribute)}

        for name, value in zip(names, values):
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if use_args:
                member = new(enum_class, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value if member_type is object else member_type(*args)
            else:
                member = new(enum_class)
                if not hasattr(member, '_value_'):
                    member._value_ = value
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            # object.__init__ would ignore the value, as CPython's does when
            # __new__ is overridden; bytepy's would reject it, so skip it
            if enum_class.__init__ is not object.__init__:
                member.__init__(*args)
            # a repeated value makes the name an alias of the first member
            for canonical in enum_class._member_map_.values():
                if canonical._value_ == member._value_:
                    member = canonical
                    break
            else:
                enum_class._member_names_.append(name)
            if name not in dynamic:
                type.__setattr__(enum_class, name, member)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_[value] = member
            except TypeError:
                pass  # unhashable values are found by a search

        # a mixed-in type's repr/str/format would shadow the enum's
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            mine = getattr(enum_class, name)
            theirs = getattr(member_type, name, None)
            if theirs is not None and theirs is mine:
                type.__setattr__(enum_class, name, getattr(first_enum, name, None))

        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_')
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("using non-Enums in containment checks will raise "
                          "TypeError in Python 3.8", DeprecationWarning, 2)
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%s: cannot delete Enum member." % cls.__name__)
        super().__delattr__(attr)

    def __dir__(self):
        return ['__class__', '__doc__', '__members__', '__module__'] + self._member_names_

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('Cannot reassign members.')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1):
        """The functional API: Enum('Name', 'A B C') and its variants."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(bases)
        body = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, seen = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, seen[:])
                seen.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            body[name] = value
        enum_class = metacls.__new__(metacls, class_name, bases, body)
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            enum_class.__module__ = module
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    @staticmethod
    def _get_mixins_(bases):
        """The data type members are made of, and the Enum class to follow."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not issubclass(first_enum, Enum):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        if first_enum._member_names_:
            raise TypeError("Cannot extend enumerations")
        member_type = object
        for chain in bases:
            found = None
            for base in chain.__mro__:
                if base is object or issubclass(base, Enum):
                    continue
                if '__new__' in base.__dict__:
                    found = base
                    break
            if found is not None:
                member_type = found
                break
        return member_type, first_enum

    @staticmethod
    def _find_new_(classdict, member_type, first_enum):
        """The __new__ that makes members, whether it is the body's own, and
        whether it takes the member's value."""
        new = classdict.get('__new__')
        if new is not None:
            return new, True, True
        for name in ('__new_member__', '__new__'):
            for source in (member_type, first_enum):
                target = getattr(source, name, None)
                if target not in (None, None.__new__, object.__new__,
                                  Enum.__new__ if Enum is not None else None):
                    return target, False, True
        return object.__new__, False, False


class Enum(metaclass=EnumMeta):
    """Generic enumeration."""

    def __new__(cls, value):
        # finding the member for a value: never making a new one
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            problem = None
            result = cls._missing_(value)
        except Exception as e:
            problem = e
            result = None
        if isinstance(result, cls):
            return result
        invalid = ValueError("%r is not a valid %s" % (value, cls.__name__))
        if result is None and problem is None:
            raise invalid
        if problem is None:
            problem = TypeError('error in %s._missing_: returned %r instead of '
                                'None or a valid member' % (cls.__name__, result))
        problem.__context__ = invalid
        raise problem

    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        extra = [m for c in self.__class__.mro() for m in c.__dict__
                 if m[0] != '_' and m not in self._member_map_]
        return ['__class__', '__doc__', '__module__'] + extra

    def __format__(self, format_spec):
        # a pure Enum formats its str; a mixed-in one its value
        if self._member_type_ is object:
            return str.__format__(str(self), format_spec)
        return self._member_type_.__format__(self._value_, format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @DynamicClassAttribute
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @DynamicClassAttribute
    def value(self):
        """The value of the Enum member."""
        return self._value_


class IntEnum(int, Enum):
    """Enum where members are also (and must be) ints"""


def _high_bit(value):
    return value.bit_length() - 1


def _power_of_two(value):
    return value >= 1 and value == 1 << _high_bit(value)


def _decompose(flag, value):
    """The members whose bits make up value, largest first, and the bits
    no member covers."""
    rest = value
    if value < 0:
        candidates = [(m, v) for v, m in list(flag._value2member_map_.items())
                      if m._name_ is not None]
    else:
        candidates = [(m, v) for v, m in list(flag._value2member_map_.items())
                      if m._name_ is not None or _power_of_two(v)]
    members = []
    for m, v in candidates:
        if v and v & value == v:
            members.append(m)
            rest &= ~v
    if not members and value in flag._value2member_map_:
        members.append(flag._value2member_map_[value])
    members.sort(key=lambda m: m._value_, reverse=True)
    if len(members) > 1 and members[0]._value_ == value:
        members.pop(0)  # the parts say it all
    return members, rest


def _flag_names(members):
    return '|'.join(str(m._name_ or m._value_) for m in members)


class Flag(Enum):
    """Support for flags"""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        for last in reversed(last_values):
            try:
                high = _high_bit(last)
                break
            except Exception:
                raise TypeError('Invalid Flag value: %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        if value < 0:
            return ~cls._create_pseudo_member_(~value)
        return cls._create_pseudo_member_(value)

    @classmethod
    def _create_pseudo_member_(cls, value):
        # a combination of members is a member too, made once and kept
        member = cls._value2member_map_.get(value)
        if member is None:
            if _decompose(cls, value)[1]:
                raise ValueError("%r is not a valid %s" % (value, cls.__name__))
            member = object.__new__(cls)
            member._name_ = None
            member._value_ = value
            member = cls._value2member_map_.setdefault(value, member)
        return member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            import warnings
            warnings.warn("using non-Flags in containment checks will raise "
                          "TypeError in Python 3.8", DeprecationWarning, 2)
            return False
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls = self.__class__
        if self._name_ is not None:
            return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)
        members, _ = _decompose(cls, self._value_)
        return '<%s.%s: %r>' % (cls.__name__, _flag_names(members), self._value_)

    def __str__(self):
        cls = self.__class__
        if self._name_ is not None:
            return '%s.%s' % (cls.__name__, self._name_)
        members, _ = _decompose(cls, self._value_)
        if len(members) == 1 and members[0]._name_ is None:
            return '%s.%r' % (cls.__name__, members[0]._value_)
        return '%s.%s' % (cls.__name__, _flag_names(members))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        cls = self.__class__
        members, _ = _decompose(cls, self._value_)
        result = cls(0)
        for m in cls:
            if m not in members and not (m._value_ & self._value_):
                result = result | m
        return cls(result)


class IntFlag(int, Flag):
    """Support for integer-based Flags"""

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__))
        return cls._create_pseudo_member_(value)

    @classmethod
    def _create_pseudo_member_(cls, value):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        # every bit no member names gets a nameless member of its own, and
        # they are made from the highest bit down
        todo = [value]
        rest = _decompose(cls, value)[1]
        while rest:
            bit = 2 ** _high_bit(rest)
            if bit not in cls._value2member_map_ and bit not in todo:
                todo.append(bit)
            rest = 0 if rest == -bit else rest ^ bit
        for v in reversed(todo):
            member = int.__new__(cls, v)
            member._name_ = None
            member._value_ = v
            member = cls._value2member_map_.setdefault(v, member)
        return member

    def __or__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ | self.__class__(other)._value_)

    def __and__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ & self.__class__(other)._value_)

    def __xor__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ ^ self.__class__(other)._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(~self._value_)

    # Flag's, repeated: bytepy looks for a dunder no further along the MRO
    # than the first built-in class (int here), which has none
    __contains__ = Flag.__contains__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    aliases = [(name, member.name) for name, member in enumeration.__members__.items()
               if name != member.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s' % (
            enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
    return enumeration
