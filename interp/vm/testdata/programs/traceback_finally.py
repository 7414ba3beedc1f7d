def f():
    try:
        raise ValueError("in try")
    finally:
        print("finally block")
f()
