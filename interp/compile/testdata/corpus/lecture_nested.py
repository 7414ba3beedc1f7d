NAME = 'test'
def nested(n):
    n += 1
    def _wrap(m):
        print(NAME)
        for i in range(n):
            m = m + 1
            m += n
        NAME = '1'
        return m
    return _wrap
