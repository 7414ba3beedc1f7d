b'a' b'b' b'c'
(b'x'
 b'y')
