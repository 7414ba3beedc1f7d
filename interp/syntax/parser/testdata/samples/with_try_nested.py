with open(f) as fh:
    try:
        data = fh.read()
    except OSError as e:
        raise RuntimeError(e) from e
    finally:
        fh.close()
