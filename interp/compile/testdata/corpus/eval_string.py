# compile: mode=eval
'just a string'
