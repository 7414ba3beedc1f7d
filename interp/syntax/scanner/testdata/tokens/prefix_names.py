rb = br + u + f + bu + ub + fb + ur + rf
