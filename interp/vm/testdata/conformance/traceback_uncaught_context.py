def cleanup():
    raise RuntimeError("cleanup failed")
try:
    [][1]
except IndexError:
    cleanup()
