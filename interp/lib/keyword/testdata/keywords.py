import keyword
print(keyword.kwlist)
print(len(keyword.kwlist), keyword.__all__)
for w in ['if', 'async', 'await', 'print', 'None', 'none', '', 'nonlocal', 'exec']:
    print(w, keyword.iskeyword(w))
print(sorted(keyword.kwlist) == keyword.kwlist)
print(keyword.iskeyword(1) if False else 'ok')
try:
    keyword.iskeyword([])
except TypeError as e:
    print(e)
