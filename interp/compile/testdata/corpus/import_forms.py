import os
import os.path
import os.path as osp
import sys, re as regex, json
from os import path
from os import path as p, sep
from os.path import (join,
                     dirname as dn)
from collections import *
from . import sibling
from .. import parent
from .pkg import mod
from ..pkg.sub import thing as other
from ... import far
from .a.b.c import d


def f():
    import math
    from math import pi as PI
    import xml.etree.ElementTree as ET
    return math, PI, ET
