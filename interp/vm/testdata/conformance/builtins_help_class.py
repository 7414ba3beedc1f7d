class Stack:
    """A last-in first-out stack."""
    x = 1
    def __init__(self):
        self.items = []
    def push(self, x):
        """Put x on top."""
    @property
    def top(self):
        "The top."
    @staticmethod
    def s(a, *b, c=2, **d): pass
    @classmethod
    def k(cls): pass
class Sub(Stack):
    def pop(self): pass
help(Sub)
help(Stack().push)
help(lambda x: 0)
def annotated(a: int, b: "x" = 2, *args, c, d=4, **kw) -> str:
    """First line.

        Indented more.
    Back."""
help(annotated)
help(Stack.top)
