1if x else 2
x = 0x1for y
