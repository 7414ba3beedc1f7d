# compile: mode=single
if x:
    x
else:
    y
