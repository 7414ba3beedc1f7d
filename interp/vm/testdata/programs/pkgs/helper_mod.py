"""A helper module imported by import_source.py."""
GREETING = "hello from helper"
def double(x):
    return 2 * x
class Thing:
    def __repr__(self):
        return "Thing()"
