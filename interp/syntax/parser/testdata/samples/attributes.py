a.b
a.b.c.d
a().b
a[1].b
(a).b
'str'.join
