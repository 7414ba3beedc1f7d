x: int
y: int = 5
z: 'str' = 'hello'
(p): float = 1.0
obj.attr: int = 3
obj.attr2: int
d['key']: list = []
d[0]: int
t: tuple = (1, 2)
w: List[int]
from typing import List
