try:
    pass
except (A, B) as e:
    pass
except C.D as f:
    pass
except E():
    pass
