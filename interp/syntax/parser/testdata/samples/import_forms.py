import a
import a.b.c
import a as b, c.d as e
import a.b as c
