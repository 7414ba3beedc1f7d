exec = 1
nonlocal_ = 2
match = 3
case = 4
_ = 5
__debug = 6
