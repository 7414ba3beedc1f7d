from collections import namedtuple
P = namedtuple('P', 'a b')
class Q(P):
    pass
q = Q(1, 2); q.extra = 5; print(q, q.extra, q + (3,), q[1:], hash(q) == hash((1, 2)), q == (1, 2))
p = P(1, 2)
print(tuple.__new__(P, (3, 4)), P._make(iter([5, 6])), sorted({P(2, 1), P(1, 2)}))
