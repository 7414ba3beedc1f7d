x = '#not a comment'
y = "a # b"
