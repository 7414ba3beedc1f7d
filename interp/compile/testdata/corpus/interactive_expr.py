# compile: mode=single
1 + 2
