# Format specs parsed once per thread and reused by text; padding of
# ascii and non-ascii bodies; invalid specs raising every time.


class F:
    def __format__(self, spec):
        return "F<" + spec + ">"


class Fl(float):
    def __format__(self, spec):
        return "Fl<" + spec + ">"


class In(int):
    def __format__(self, spec):
        return "In<" + spec + ">"


def main():
    out = []
    specs = ["05d", ">3", ".3f", "x", "<6", "^7", "+d", "*^9", "é>5", "=+8", "#x", "08.2f", ",", "_x", ""]
    for i in range(40):
        sp = specs[i % len(specs)]
        try:
            out.append(format(i * 37 - 300, sp))
        except ValueError as ex:
            out.append("VE:" + str(ex))
        out.append(format(i / 7, sp) if sp not in ("x", "+d", "#x", "_x", "05d") else "-")
    print(out)
    for i in range(3):
        w = "gammaé"[i:]
        line = f"{i:05d}|{w}|{w.upper()}|{i * 3 % 17:>3}|{i / 7:.3f}|{w:*^10}|{w:>8.3}|{i:€>4}|{-i:=6}"
        print(line, len(line))
    for bad in ("05q", "..2", ".", "5.2.1", "<<<", "z"):
        for v in (5, 2.5, "s"):
            for rep in range(2):
                try:
                    print(bad, repr(v), format(v, bad))
                except ValueError as ex:
                    print(bad, repr(v), "ValueError", ex)
    print(f"{F():05d}", f"{Fl(2.5):.3f}", f"{In(7):>3}", "{0:05d}|{1:.2f}".format(In(3), Fl(1.0)))
    print("{0:05d}|{1:>3}|{2:.3f}|{3}".format(42, "ab", 2 / 3, [1]), "{:{}}".format(5, "04d"))
    try:
        print(f"{'ab':05}")
    except ValueError as ex:
        print(ex)
    print(f"{'ab':<05}", f"{12:05}", f"{-12:05}", f"{1.5:05}", f"{True:05}")
    for v in (1234, 1234.5, -1234, 12, "ab"):
        row = []
        for sp in ("0=10,", "010,", "x=10,", "0>10,", "<010,", "=010,", "0=10_", "x<05", "^06", "x=06", "<08", "0<5"):
            try:
                row.append(format(v, sp))
            except ValueError as ex:
                row.append("VE")
        print(row)
    for v in ("ab", 255, 2.5):
        for sp in (",", "_", ",d", ",s", ",c", ",x", "_x", "_b", ",%", "_n", ",n"):
            try:
                print(repr(v), sp, format(v, sp))
            except ValueError as ex:
                print(repr(v), sp, "ValueError", ex)


main()
