try:
    pass
except E as e:
    raise
finally:
    del x
