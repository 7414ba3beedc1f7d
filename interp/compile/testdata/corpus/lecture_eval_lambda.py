eval('(lambda n: n + 1)(10)')
