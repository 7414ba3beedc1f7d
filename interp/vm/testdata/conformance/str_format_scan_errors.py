# str.format's scanning errors, as 3.7's MarkupIterator and parse_field
class A:
    x = 5
tests = ["{", "{0!}", "{0!", "x{", "{0", "{0:", "{!r}", "{0!rr}", "}", "{0[}", "{0.}", "{0[0}",
         "{:{}", "{a", "{a{b}c}", "{0[}]}", "{0[{]}", "{0:{1}x}", "{0!r:{1}", "{0!r", "{0!rx}",
         "{0]}", "{{}", "{}}", "{0[]}", "{0[1]x}", "{0[1].real}", "{0!é}", "{0!\x01}", "{2.x}",
         "{2.x.}", "{2..x}", "{0[0]}", "{0[a]}", "{k[a]}", "{{{0}}}", "{0:>{1}}", "{0!s:>{1}}",
         "{0!a}", "{0:{{}}}", "a}}b{{c", "{0:}", "{0!s}", "{0!s:}", "{0[1]!r}", "{0:[}", "{0[:]}", "{!}"]
for f in tests:
    try:
        print(repr(f), repr(f.format([1, 2], 3, A(), k={"a": 7})))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for f in ["{a.}", "{a[b]}", "{0}{a}", "{a!r:>6}"]:
    try:
        print(repr(f), repr(f.format_map({"a": "xy", 0: 1})))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
