i = 0
while True:
    try:
        i += 1
        if i == 3:
            break
    finally:
        print("finally", i)
print("done", i)
def gen_with_finally():
    for x in range(3):
        try:
            yield x
        finally:
            print("cleanup", x)
gw = gen_with_finally()
for v in gw:
    if v == 1:
        break
print("after loop")
gw.close()
print("after close")
