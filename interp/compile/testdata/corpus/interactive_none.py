# compile: mode=single
None
