print("%%", "%5%|" if False else "%d%%" % 50, "%s" % "%", "%r" % "%")
print("%(x)s %(x)r %(y)d" % {"x": "v", "y": 3})
print("%-8s|%8s|" % ("left", "right"), "%.3s" % "truncate", "%5.1f%%" % 99.5)
print("%x" % 255, "%#X" % 255, "%o" % -8, "%e" % 0, "%g" % 100000, "%g" % 1000000, "%g" % 0.0001, "%g" % 0.00001)
print("%s %s" % ("a", "b"), "%s" % ((1, 2),), "%s" % {"k": 1}, "%d items" % len([1, 2]))
try:
    "%(x)s %s" % {"x": 1}
except TypeError as e:
    print(e)
try:
    "%d" % None
except TypeError as e:
    print(e)
try:
    "%s %s" % "ab"
except TypeError as e:
    print(e)
