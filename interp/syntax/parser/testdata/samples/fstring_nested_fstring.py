f'{f"{x}"}'
f'{x:{"<" if a else ">"}10}'
