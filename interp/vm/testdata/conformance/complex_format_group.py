# complex.__format__ with grouping and no type: repr's digits grouped,
# parentheses, signs and padding as 3.7's.
vals = [1234567.5+2j, 1+2j, 2j, -1234567-1234.25j, 1e20+1j, 1234567+0j, -0.0+1234567j, complex(1e16, 1e-7)]
for v in vals:
    for spec in [",", "_", "+,", " _", ">30,", "<30_", "^30,"]:
        print(repr(v), spec, repr(format(v, spec)))
