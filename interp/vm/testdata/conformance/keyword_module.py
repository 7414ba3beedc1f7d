import keyword
print(keyword.kwlist)
print(len(keyword.kwlist), keyword.iskeyword("async"), keyword.iskeyword("print"), keyword.iskeyword("None"), keyword.iskeyword("nonlocal"))
