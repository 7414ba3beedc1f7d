# compile: mode=single
eval("1 + 3 + 4 + 5")
