for k in ["s", 1, (1, 2), None, "", "with 'quote'"]:
    try:
        {}[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    [].pop()
except IndexError as e:
    print(repr(e))
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    [1][1] = 2
except IndexError as e:
    print(e)
