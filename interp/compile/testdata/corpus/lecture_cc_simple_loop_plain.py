from functools import reduce

def cc_simple_loop():
    acc = 0
    
    i = 0
    
    for i in range(1000):
        acc += i
    
    #mul = reduce(lambda x, y: x * y, range(acc))
    
    return acc
