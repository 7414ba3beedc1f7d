x
# c