'''Only a docstring.'''
