# compile: mode=eval
(1, 2, 'three', None)
