# compile: mode=single
a = 1; a; b = a + 1; b
