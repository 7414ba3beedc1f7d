import a.b.c.d.e
from a.b.c.d import e
