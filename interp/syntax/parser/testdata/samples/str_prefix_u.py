u'abc'
U'def'
