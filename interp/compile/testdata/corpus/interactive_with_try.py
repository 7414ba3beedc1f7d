# compile: mode=single
try:
    1 / 0
except ZeroDivisionError as e:
    e
