import dis
dis.dis("x = [1, 2, 3]\ny = x[1:] + [4]\nprint(len(y))")
dis.dis("a if b else c")
