class Base:
    registry = []
    kind = "base"
    def __init_subclass__(cls, **kw):
        Base.registry.append(cls.__name__)
    def who(self):
        return "%s/%s" % (type(self).__name__, self.kind)
class Child(Base):
    kind = "child"
class Grand(Child):
    pass
class Other(Base):
    def who(self):
        return "other:" + super().who()
print(Base.registry, Grand().who(), Other().who(), Grand.kind, Grand.__dict__.get("kind"))
Child.kind = "changed"
print(Grand().who(), Base().who())
print(Grand.__base__.__name__, Child.__subclasses__(), sorted(c.__name__ for c in Base.__subclasses__()))
