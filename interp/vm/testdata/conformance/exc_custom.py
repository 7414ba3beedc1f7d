class AppError(Exception):
    """Base."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return "not found: %s" % self.key
class Retry(AppError):
    pass
def lookup(k):
    if k == "x":
        raise NotFound(k)
    if k == "r":
        raise Retry("try again", 3)
    return k.upper()
for k in ["a", "x", "r"]:
    try:
        print(lookup(k))
    except NotFound as e:
        print(e, repr(e), e.key, isinstance(e, AppError))
    except AppError as e:
        print(type(e).__name__, e, e.args)
print(AppError.__doc__, NotFound.__mro__[1:3])
