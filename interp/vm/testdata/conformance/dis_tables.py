import dis
print(dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, len(dis.opname), dis.opname[100], dis.opmap["LOAD_FAST"], dis.opmap["RETURN_VALUE"])
print(dis.cmp_op)
print(dis.hasconst, dis.hasname, dis.hasjrel, dis.hasjabs, dis.haslocal, dis.hascompare, dis.hasfree, dis.hasnargs)
print(sorted(dis.opmap.items(), key=lambda kv: kv[1]))
print([n for n in dis.opname if not n.startswith("<")][:20])
