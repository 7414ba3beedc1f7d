import posixpath
print(posixpath.sep, posixpath.join('a', 'b'))
import os
print(os.path is posixpath, os.sep)
from os import *
from posixpath import *
print(sep, curdir, join('x', 'y'), getcwd() == os.getcwd())
