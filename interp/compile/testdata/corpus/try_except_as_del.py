try:
    x = 1
except Exception as e:
    print(e)
try:
    y = 2
except Exception as e:
    pass
except BaseException as err:
    del err
