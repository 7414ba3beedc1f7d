# A RecursionError caught at the top: the depth reached is exact, and the
# same recursion run twice stops at the same place (the overflow headroom
# is given back once the stack has unwound).
import sys

depth = 0


def down():
    global depth
    depth += 1
    down()


for attempt in range(2):
    depth = 0
    try:
        down()
    except RecursionError as e:
        print(attempt, depth, e)

print(sys.getrecursionlimit())
sys.setrecursionlimit(300)
depth = 0
try:
    down()
except RecursionError as e:
    print("limit 300:", depth, e, sys.getrecursionlimit())
sys.setrecursionlimit(1000)


def descend(n):
    try:
        return descend(n + 1)
    except RecursionError:
        return n


first = descend(0)
print(first, descend(0) == first)
