s = 'héllo wörld'
t = '日本語'
u = 'emoji 🎉'
v = '\u00e9'
