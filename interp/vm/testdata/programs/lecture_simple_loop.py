def simple_loop():
    acc = 0
    for i in range(1000):
        acc += i

    return acc

print(simple_loop())

def func(n): return n + 1

for byte in func.__code__.co_code:
    print(byte, end=' ')
print()
print(func.__code__.co_code)
print(func(41), func.__name__, func.__code__.co_varnames, func.__code__.co_consts)
print(type(func.__code__).__name__, func.__code__.co_argcount, func.__code__.co_name)
