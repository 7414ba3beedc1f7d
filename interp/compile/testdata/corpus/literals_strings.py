a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = 'it\'s'
f = "say \"hi\""
g = 'mixed "quotes" and \'more\''
h = 'tab\there\nnewline\rcr\\backslash'
i = '\x00\x01\x7f\x80\xff'
j = '\u00e9\u4e2d\U0001f600'
k = '\N{GREEK SMALL LETTER ALPHA}'
l = r'raw\n\d+'
m = R"raw"
n = 'implicit' ' concat' " mixed"
o = ('paren'
     'concat')
p = 'a\
b'
q = '\101\060\7'
r = ''
s = 'é中文'
t = '\ud800'
u = 'line\x0bvt\x0cff'
v = 'don\'t "quote"'
w = u'unicode prefix'
