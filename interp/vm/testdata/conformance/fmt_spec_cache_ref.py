# format specs looked up in the thread's cache by pointer, then by text:
# constant specs of one length, specs built at run time (equal text at
# other addresses), more specs than the cache holds, and bad specs.
specs = ["05d", ".3f", ">3", "x", "+5", "<4", "^7", "08.2f", "e", "c"]
for i in [0, 3, 65, 127, 1000, 99999]:
    x = i / 7
    print(f"{i:05d}|{x:.3f}|{i:>3}|{i:x}|{i:+5}|{i:<4}|{i:^7}|{x:08.2f}|{x:e}|{i:c}")
    for s in specs:
        t = "".join(list(s))
        try:
            print(s, format(i, s), format(i, t), f"{i:{t}}", format(x, t) if s not in ("x", "c") else "")
        except (ValueError, TypeError) as e:
            print(s, type(e).__name__, e)
for bad in ["05q", "=5s", "5,s", ",x", "++5", "05d"]:
    for v in [5, 2.5, "s"]:
        try:
            print(repr(f"{v:{bad}}"), repr(format(v, bad)))
        except (ValueError, TypeError) as e:
            print(bad, type(e).__name__, e)
