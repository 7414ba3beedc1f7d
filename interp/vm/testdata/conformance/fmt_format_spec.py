print(format(42, "d"), format(42, "5d"), format(42, "<5d") + "|", format(42, "^6d"), format(42, "*>6"))
print(format(1234567, ","), format(1234567, "_"), format(255, "_x"), format(-42, "+08d"), format(42, "=+8"))
print(format(255, "b"), format(255, "#b"), format(255, "o"), format(255, "#X"), format(65, "c"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(0.5, "%"), format(0.125, ".1%"))
print(format(1e6, "e"), format(1e6, ".2E"), format(1e6, "g"), format(1e16, "g"), format(123.456, ".4g"))
print(format(1.0, ""), format(1e16, ""), format(1.5, "n"), format(float("inf"), "f"), format(float("nan"), "F"))
print(format("abc", "10"), format("abc", ">10"), format("abc", ".2"), format("abc", "^9.1") + "|")
print(format(-0.0, ".1f"), format(1234.5, ",.2f"), format(-1234.5, "012,.1f"))
print(format(True, "d"), format(True, ""), format(None, ""), format(3, ".2f"), format(2 + 3j, ".1f"))
for spec in ["x", "s", ".2s", "=5s"]:
    try:
        print(format(3.5 if spec == "x" else 1 if spec != ".2s" else 1.5, spec))
    except ValueError as e:
        print("ValueError:", e)
