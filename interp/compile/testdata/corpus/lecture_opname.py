dis.opname[124]
