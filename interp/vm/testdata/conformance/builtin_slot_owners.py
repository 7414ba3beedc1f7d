# Which built-in type's dict holds a slot dunder: the type that defines the
# slot itself, not every subclass that inherits it.
print(bool.__and__, bool.__or__, bool.__xor__, bool.__repr__)
print([n in vars(bool) for n in ("__and__", "__rxor__", "__repr__", "__str__", "__add__")])
print([n in vars(ValueError) for n in ("__repr__", "__str__", "__init__", "__new__", "__reduce__")])
print([n in vars(KeyError) for n in ("__str__", "__repr__")])
print(ValueError.__repr__, KeyError.__str__, int.__add__)
print(True & False, True | 2, bool.__and__(True, True), repr(True), str(False))
