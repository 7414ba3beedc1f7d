# Identity of %-format results 3.7 hands back unchanged: one %s directive
# that neither pads nor cuts an exact str.
s = "hello"
class S(str):
    pass
t = S("sub")
print("%s" % s is s, "%s" % (s,) is s, "%s" % t is t, type("%s" % t), "%3s" % s is s, "%9s" % s is s, "%.9s" % s is s, "%.2s" % s)
print("%-5s" % (s,) is s, "%r" % s is s, "%a" % s is s, "%s " % s is s, "%s%s" % (s, "") is s, "%%%s" % s)
print("%s" % [s], "%d" % 5, "%(k)s" % {"k": s})
try:
    "%s" % (s, s)
except TypeError as e:
    print(e)
