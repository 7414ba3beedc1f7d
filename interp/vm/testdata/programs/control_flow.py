for i in range(3):
    pass
else:
    print("for-else ran", i)
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
else:
    print("no")
print("while ended", n)
while False:
    pass
else:
    print("while-else")
x = 5
print("big" if x > 3 else "small", 1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(0 or "default", "" and "x", None or 0 or [], 1 and 2 and 3, not 0, not "a")
y = [1] and [2]
print(y, x if x else -1)
try:
    pass
except Exception:
    print("no")
else:
    print("try-else")
finally:
    print("finally")
def early(v):
    if v:
        return "yes"
    return "no"
print(early(1), early(0))
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        count += 1
print(count)
i = 0
while True:
    i += 1
    if i >= 1000:
        break
print(i)
total = 0
for i in range(100000):
    total += i * 2
print(total)
k = 10
k -= 3; k *= 2; k //= 3; k **= 2; k %= 7; k <<= 3; k |= 1; k ^= 2; k &= 0xff; k >>= 1
print(k)
del k
try:
    print(k)
except NameError as e:
    print(e)
