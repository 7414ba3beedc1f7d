d = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = i * i
print(d)
del d[3]; d[3] = 0; print(d, list(d))
d[5] = "replaced"; print(d)
print({k: v for k, v in sorted(d.items(), key=lambda kv: str(kv[1]))})
print(dict(sorted({"b": 1, "a": 2}.items())), list(reversed(list(d))))
