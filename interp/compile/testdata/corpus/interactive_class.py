# compile: mode=single
class C:
    x = 1
    x
