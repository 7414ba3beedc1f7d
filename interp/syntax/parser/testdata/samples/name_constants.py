None
True
False
x = None
y = True is not False
