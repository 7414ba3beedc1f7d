for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    except ValueError:
        continue
    except TypeError:
        break
    else:
        pass
while True:
    try:
        break
    finally:
        pass
