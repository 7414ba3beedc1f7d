x = """a
b
c