import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
try:
    exit_code = None
    sys.exit()
finally:
    print("finally runs on exit")
