import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 7), sys.version.startswith("3.7"), sys.version_info.releaselevel)
print(sys.maxsize, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.argv, type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys, sys.getrecursionlimit())
print(sys.intern("abc") == "abc", sys.int_info.bits_per_digit if False else "int_info", sys.hash_info.modulus, sys.hash_info.width)
print(sys.stdout.__class__.__name__ if False else "stdout", hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), sys.platform in ("linux", "darwin", "win32"))
print(sys.exc_info(), sys.float_info.min, sys.float_repr_style, sys.maxunicode)
