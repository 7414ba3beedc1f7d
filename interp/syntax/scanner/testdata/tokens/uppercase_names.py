B = R = U = F = BR = RB = 1
