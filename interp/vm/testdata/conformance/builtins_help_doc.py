def f():
    """Return nothing.

    Longer description.
    """
print(f.__doc__.splitlines()[0])
class C:
    "Class doc."
print(C.__doc__, C().__doc__, (lambda: 0).__doc__)
print(len.__doc__.splitlines()[0])
print(str.split.__doc__.splitlines()[0])
