from array import array
for tc, v in [('b', -200), ('h', -40000), ('h', 40000), ('i', 2**31), ('i', -2**31-1), ('I', 2**32), ('H', 70000), ('f', 1e300), ('u', 'ab')]:
    try:
        print(array(tc, [v]))
    except Exception as e:
        print(tc, v, type(e).__name__, e)
a = array('d', [1.5, 2])
print(a, repr(array('f', [0.1])), array('u', 'hi'), array('i'), array('b', [1]).itemsize, array('q').itemsize, array('f').itemsize, array('u').itemsize, str(array('i',[1,2])))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i',[1,2]) < array('i', [1,3]), array('i') == [])
