[y for y in z if (lambda q: q)(y)]
