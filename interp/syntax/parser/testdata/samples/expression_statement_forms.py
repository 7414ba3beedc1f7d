f()
a
1
'doc'
a.b
a[1]
(yield)
