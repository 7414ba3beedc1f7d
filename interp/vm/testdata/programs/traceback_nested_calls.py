class Calc:
    def div(self, a, b):
        return a / b
    def run(self, pairs):
        return [self.div(a, b) for a, b in pairs]
c = Calc()
print(c.run([(4, 2), (9, 3)]))
print(c.run([(1, 1), (2, 0)]))
