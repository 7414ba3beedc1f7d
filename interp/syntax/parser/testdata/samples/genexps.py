(x for x in y)
(x for x in y if x for z in x)
list(x for x in y)
