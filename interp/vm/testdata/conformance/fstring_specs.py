x, y, name = 3.14159, 42, "bytepy"
print(f"{x:.2f} {y:05d} {name!r} {name:>10} {name.upper()}")
print(f"{y:#x} {y:b} {y*2} {'nested'} {x:{'.3'}}")
w, p = 10, 3
print(f"[{x:{w}.{p}}]")
print(f"{{literal}} {y!s:>4} {[1, 2][1]} {dict(a=1)['a']}")
d = {"k": 1}
print(f"{d['k']} {len(d)} {3 if y else 4}")
print(f"{'a' 'b'} " f"{y}")
print(F"{y:+} {-y:+} {y: }")
