"""Keywords (from "Grammar/Grammar")

This file is the reserved-word list of Python 3.7.
"""

__all__ = ["iskeyword", "kwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

# A set's own membership test: iskeyword(s) costs one hash lookup.
iskeyword = frozenset(kwlist).__contains__
