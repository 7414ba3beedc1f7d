'\a\b\f\n\r\t\v\\\'\"\0\07\777'
b'\a\b\f\n\r\t\v\\\'\"\0\07'
'\q\w'
'\
continued'
