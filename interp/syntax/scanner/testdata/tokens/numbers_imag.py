1j 1J 1.5j .5j 1e5j 0j 00j 09j 1_0j 1.j
