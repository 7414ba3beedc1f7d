def add_one(x):
    return x + 1
for byte in add_one.__code__.co_code:
    print(byte, end=' ')
print()
import dis
for i in range(0, len(add_one.__code__.co_code), 2):
    op = add_one.__code__.co_code[i]
    arg = add_one.__code__.co_code[i + 1]
    print(dis.opname[op], arg, end=' ')
print()
def simple_loop():
    total = 0
    for i in range(100):
        total += i
    return total
for byte in simple_loop.__code__.co_code:
    print(byte, end=' ')
print()
print(simple_loop())
