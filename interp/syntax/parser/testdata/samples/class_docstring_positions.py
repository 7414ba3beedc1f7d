class A:
    '''doc
    '''
    x = 1
