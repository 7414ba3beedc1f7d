# compile: mode=eval
1 + 3 + 4 + 5
