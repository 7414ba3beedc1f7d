rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
width = max(len(r[0]) for r in rows)
print('%-*s %5s %8s' % (width, 'name', 'qty', 'price'))
for name, qty, price in rows:
    print('%-*s %5d %8.2f' % (width, name, qty, price))
    print('{:<{w}} {:>5} {:>8.2f}'.format(name, qty, price, w=width))
    print(f'{name:<{width}} {qty:>5} {price:>8.2f} {qty * price!r:>10}')
total = sum(q * p for _, q, p in rows)
print(f'total: {total:,.2f}', '{0!r}/{0!s}'.format('x'), '%(a)s-%(b)s' % {'a': 1, 'b': 2})
