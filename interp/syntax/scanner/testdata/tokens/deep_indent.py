if x0:
    if x1:
        if x2:
            if x3:
                if x4:
                    if x5:
                        if x6:
                            if x7:
                                if x8:
                                    if x9:
                                        if x10:
                                            if x11:
                                                pass
