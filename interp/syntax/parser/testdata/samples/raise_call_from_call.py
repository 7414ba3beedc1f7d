raise E(1) from F(2)
