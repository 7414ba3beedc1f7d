def cleanup():
    raise OSError("disk full")
def main():
    try:
        {}["key"]
    except KeyError:
        cleanup()
main()
