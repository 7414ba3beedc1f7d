class C:
    name = 'c'
    text = f'{name!r:>{len(name) + 5}}'

    def m(self):
        return f'{self.name}{__class__.__name__}'


fmt = lambda v, w=8: f'{v:{w}}'
nested = [f'{i}:{j}' for i in range(2) for j in range(2)]
