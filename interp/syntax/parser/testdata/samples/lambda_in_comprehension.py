[lambda: i for i in range(3)]
[x for x in (lambda: y)()]
