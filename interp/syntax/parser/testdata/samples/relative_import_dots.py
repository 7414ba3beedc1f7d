from .a.b import c
from ...a import b
from . import (a, b,
               c)
