# compile: mode=eval
1 + 1
