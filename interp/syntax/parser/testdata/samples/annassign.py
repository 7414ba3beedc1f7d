x: int
y: int = 1
x.y: str
x[0]: list = []
(z): float = 1.0
