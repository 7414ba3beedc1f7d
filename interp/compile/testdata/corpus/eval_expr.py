# compile: mode=eval
a + b * c - (d if e else f)
