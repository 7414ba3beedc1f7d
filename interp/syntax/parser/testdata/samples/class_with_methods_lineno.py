
class Foo:

    def bar(self):
        pass

    @decorator
    def baz(self):
        pass
