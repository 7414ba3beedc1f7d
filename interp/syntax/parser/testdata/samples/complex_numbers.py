1j
1 + 2j
3.5j
1e3j
