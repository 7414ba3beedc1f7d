'a'
"b"
'''c'''
"""d"""
'it\'s'
"tab\there"
'\x41\u0042\U00000043\N{LATIN SMALL LETTER D}'
