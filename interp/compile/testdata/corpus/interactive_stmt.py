# compile: mode=single
x = 5
