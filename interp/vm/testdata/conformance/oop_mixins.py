class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(self.__dict__, sort_keys=True)
class ReprMixin:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items())))
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and self.__dict__ == o.__dict__
class User(JsonMixin, ReprMixin, EqMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age
u = User("ann", 30)
print(u, u.to_json(), u == User("ann", 30), u == User("bob", 30), [c.__name__ for c in User.__mro__])
