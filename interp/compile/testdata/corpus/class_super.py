class Base:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return 'hello ' + self.name


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def greet(self):
        return super().greet() + ' (%d)' % self.age


class Old(Base):
    def greet(self):
        return super(Old, self).greet().upper()


print(Child('a', 3).greet(), Old('b').greet())
