x = '''a
b''' \ c
