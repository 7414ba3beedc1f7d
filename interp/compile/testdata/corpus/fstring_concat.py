x = 1
a = 'a' f'{x}' 'b'
b = f'{x}' 'c' f'{x!r}'
c = ('multi'
     f'line {x}'
     'string')
d = f'''triple {x}
line two {x:>3}'''
e = rf'raw {x} \n'
f = fr'\d{x}'
g = F'{x}' FR'{x}'
h = f'{x:%Y-%m-%d}'
i = f'{x:}'
j = f'{ x }'
k = f'{x,}'
l = f'{x:{x}}'
