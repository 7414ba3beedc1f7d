for (a) in b: pass
with a as (b): pass
