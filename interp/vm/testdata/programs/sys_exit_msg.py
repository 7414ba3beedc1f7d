import sys
def main():
    print("start")
    raise SystemExit("fatal: bad input")
main()
