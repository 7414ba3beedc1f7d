# compile: mode=single
for i in range(3):
    i
    i * 2
