ub'x' ur'y' fb'z'
