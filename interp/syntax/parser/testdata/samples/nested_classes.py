class A:
    class B:
        class C:
            x = 1
        def m(self): pass
