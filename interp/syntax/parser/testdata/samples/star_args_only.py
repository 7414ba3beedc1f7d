f(*a, *b, *c)
f(**a, **b)
