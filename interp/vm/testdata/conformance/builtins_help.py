def area(w, h=1):
    """Return the area of a w by h rectangle.

    Both sides must be non-negative.
    """
    return w * h
help(area)
class Stack:
    """A last-in first-out stack."""
    def push(self, x):
        """Put x on top."""
    def pop(self):
        """Remove and return the top item."""
help(Stack.push)
help(len)
help(abs)
