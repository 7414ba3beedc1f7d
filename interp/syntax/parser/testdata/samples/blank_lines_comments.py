# leading comment

x = 1  # trailing

# middle


y = 2
    # oddly indented comment
z = 3
