x = a + b + c + d
y = (a) + b
z = a * b * c + d * e
w = (a +
     b +
     c)
