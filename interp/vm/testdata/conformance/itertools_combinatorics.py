import itertools as it
print(list(it.product("ab", range(2))), list(it.product([0, 1], repeat=3))[:4], len(list(it.product(range(3), repeat=4))))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:5], list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 0)), list(it.combinations("a", 2)))
print(list(it.combinations_with_replacement("abc", 2)), len(list(it.combinations_with_replacement(range(5), 3))))
print(list(it.product()), list(it.product("a", [])))
