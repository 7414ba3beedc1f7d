# repr, __module__ and __qualname__ of library types, as 3.7 names them.
import array, collections, datetime, itertools, functools, io, re, struct, fractions, enum, types, json, random, operator
for t in [array.array, collections.deque, collections.OrderedDict, collections.defaultdict, collections.Counter, datetime.datetime, datetime.date, datetime.timedelta,
          itertools.count, itertools.chain, functools.partial, io.StringIO, re.Pattern if hasattr(re, 'Pattern') else None, struct.Struct, fractions.Fraction, enum.Enum,
          types.SimpleNamespace, random.Random, operator.itemgetter, type(re.compile('a')), type(re.match('a', 'a')), types.FunctionType, types.GeneratorType]:
    print(repr(t), getattr(t, '__module__', None), getattr(t, '__qualname__', None))
