# Str chain steps (x.m(args).n(args)) through their fast forms and the
# general method: extra arguments, subclasses, errors raised in a chain,
# results that are an argument or the receiver itself, and recursion at
# the limit.
import sys


class S(str):
    def lower(self):
        return "S.lower"


def steps(t, u):
    print("-".join([t, u]).replace("a", "4", 1).upper())
    print("-".join([t, u]).strip("xa").replace("b", "B"))
    print((" " + t + " ").strip().lower().replace("c", "C"))
    print("-".join([t, u]).lstrip("a").rstrip("z").upper()[::-1])
    print(S(t).strip().lower(), S(t).lower().upper())
    print("".join([t]).replace(t, u).lower() == u.lower())
    print(t.replace("zz", "").upper(), t.strip().replace("a", "a").lower())
    r = u.join([t, t]).replace(u, t)
    print(r, t, u)
    x = "-".join((t, u))
    print(x.replace("-", "+").upper(), x)
    for bad in (lambda: "-".join([t, 1]).upper(),
                lambda: "-".join([t, u]).replace(1, "x").lower(),
                lambda: "-".join([t, u]).strip(5).lower(),
                lambda: "-".join([t, u]).lower(1).upper()):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


steps("abcab", "zzb")
steps("é-ab", "bß")


def deep(n):
    if n == 0:
        return "-".join(["ab", "cd"]).replace("a", "x").upper()
    return deep(n - 1)


print(deep(50))
sys.setrecursionlimit(60)


def down():
    try:
        return down()
    except RecursionError:
        return "-".join(["ab", "cd"]).replace("a", "x").upper()


print(down())
