from array import array
for tc in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 300, -1, 1.5, 'x'):
        try:
            array(tc, [v])
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for call in ["array('z')", "array('i', 'abc')", "array('u', [1])", "array('f', ['a'])", "array('i', [1]) + [2]", "array('i',[1]) + array('d',[1])",
             "array('i', [1])[5]", "array('i', [1]).pop(5)", "array('i', []).pop()", "array('i', [1]).remove(7)", "array('i', [1]).index(7)",
             "array('b', b'ab')", "array('i', [1])[0:1] = [2]", "array()", "array('ii')", "array('i', 5)"]:
    try:
        print(call, eval(call) if '=' not in call.split(')')[-1] else exec(call))
    except Exception as e:
        print(call, type(e).__name__, e)
