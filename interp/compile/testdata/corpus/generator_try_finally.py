def gen(resource):
    try:
        yield resource.open()
        yield resource.read()
    except GeneratorExit:
        print('closed')
        raise
    finally:
        resource.close()


def gen_with(lock):
    with lock:
        yield 1
        yield 2
