"""doc"""
from __future__ import annotations, division
x = 1
