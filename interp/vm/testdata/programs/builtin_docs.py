# Docstrings and text signatures of built-in functions, types and methods
# are CPython 3.7's (vm/docs/builtins.json, made by testdata/gen_docs.py).
import builtins
print(zip.__doc__)
print(len.__doc__, len.__text_signature__)
print(print.__doc__)
print(object.__doc__, int.__doc__[:40], str.join.__doc__, str.join.__text_signature__)
print(ValueError.__doc__, dict.fromkeys.__doc__, 'x'.upper.__doc__)
print([].append.__doc__, int.from_bytes.__text_signature__)
class A:
    pass
print(A.__doc__, A().__doc__, (1).__doc__ == int.__doc__)
missing = []
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if name.startswith('_') or not callable(obj):
        continue
    if obj.__doc__ is None:
        missing.append(name)
print('undocumented:', missing)
