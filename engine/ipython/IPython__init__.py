"""bytepy's IPython: the parts of IPython's API that notebooks import.

The shell behind get_ipython() is the bytepy kernel's (written in Go);
display() publishes through it.
"""
from _bytepy_kernel import get_ipython

version_info = (8, 5, 0, '')
__version__ = '8.5.0'


def display(*objs, **kwargs):
    from IPython.core.display import display as _display
    return _display(*objs, **kwargs)
