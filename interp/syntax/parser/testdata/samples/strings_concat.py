x = 'a' 'b' 'c'
y = ('a'
     'b')
z = u'x' 'y'
