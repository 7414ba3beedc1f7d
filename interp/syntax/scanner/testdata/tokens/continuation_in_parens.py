(a \
 b)
