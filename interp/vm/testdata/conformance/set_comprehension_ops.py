primes = {p for p in range(2, 50) if all(p % d for d in range(2, p))}
odds = set(range(1, 50, 2))
print(primes, primes - odds, primes & {2, 4, 6}, len(primes | odds))
print(sorted({w[0] for w in "apple banana avocado cherry".split()}), {x % 5 for x in range(100)})
s = {3, 1, 2}
print(sorted(s), min(s), max(s), sum(s), 2 in s, {frozenset({1, 2}), frozenset({2, 1})})
print(set("hello") == set("olleh"), len(set("mississippi")), {1, 2} < {1, 2, 3}, {1, 2, 3} > {1, 2, 3})
