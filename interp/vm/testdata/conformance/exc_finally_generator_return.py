def g():
    try:
        yield 1
        return "ret"
    finally:
        print("g finally")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value)
def h():
    try:
        yield 1
    finally:
        return "finally return in generator"
it2 = h(); next(it2)
try:
    it2.throw(ValueError("lost"))
except StopIteration as e:
    print(e.value)
