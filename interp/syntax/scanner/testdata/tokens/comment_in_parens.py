f(a,  # one
  b)  # two
