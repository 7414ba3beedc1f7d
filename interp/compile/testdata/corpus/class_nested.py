class Outer:
    class Inner:
        class Deep:
            def m(self):
                return 'deep'

        def m(self):
            return self.Deep()

    def make(self):
        class Local:
            def m(self):
                return Outer
        return Local


def factory():
    class InFunc:
        def m(self):
            return InFunc
    return InFunc
