r'\n'
R"\d+"
rb'\x00'
Br"\t"
