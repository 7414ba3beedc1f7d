class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s says %s" % (self.name, self.speak())

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"

for a in [Animal("x"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())
print(Puppy.__mro__)
print(issubclass(Puppy, Animal), isinstance(Puppy("a", 1), Dog), issubclass(Dog, Puppy))

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(D.mro()[1].__name__, D.__bases__)

class Base:
    def __init__(self):
        self.log = ["Base"]
class Mixin:
    def hello(self):
        return "mixin hello"
class Child(Mixin, Base):
    def __init__(self):
        Base.__init__(self)
        self.log.append("Child")
c = Child()
print(c.log, c.hello(), isinstance(c, Mixin))

try:
    class X(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2): pass
except TypeError as e:
    print("TypeError:", e)
print(super(Puppy, Puppy("z", 2)).speak())
