r'a' R'b' u'c' U'd' b'e' B'f' br'g' Br'h' bR'i' BR'j' rb'k' rB'l' Rb'm' RB'n'
