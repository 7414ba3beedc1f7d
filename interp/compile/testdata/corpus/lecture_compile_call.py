compile("""
def some_new_simple_loop():
    acc = 0
    for i in range(1000):
        acc += i
    
    return acc
""", "", "exec").co_code
