import = 7q
