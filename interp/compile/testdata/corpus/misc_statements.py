import sys
x = 1
x = y = z = 0
x += 1
print(x, file=sys.stderr)
pass
if x: pass
elif y: pass
else: pass
while z: z -= 1
for _ in (): pass
global gx
gx = 3
del gx
assert True
raise SystemExit(0) if False else None
