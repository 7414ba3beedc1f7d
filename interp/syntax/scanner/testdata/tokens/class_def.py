class A(B, metaclass=M):
    '''doc'''
    def m(self):
        return self.x
