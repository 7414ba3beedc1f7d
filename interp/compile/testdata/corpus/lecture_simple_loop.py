def simple_loop():
    acc = 0
    for i in range(1000):
        acc += i
    
    return acc
