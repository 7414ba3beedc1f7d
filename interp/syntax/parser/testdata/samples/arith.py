a + b
a - b
a * b
a / b
a // b
a % b
a @ b
a ** b
a ** b ** c
-a ** b
a + b * c - d / e
(a + b) * c
