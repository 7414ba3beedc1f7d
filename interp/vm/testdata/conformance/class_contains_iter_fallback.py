class OnlyIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return "abc"[i]
print("b" in OnlyGetitem(), list(OnlyGetitem()), sorted(OnlyGetitem()), "".join(OnlyGetitem()))
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
