from a import b
from a.b import c as d, e
from . import x
from .. import y
from ... import z
from .... import w
from .a import b
from ..a.b import (c, d as e,)
from a import *
from . import (a)
