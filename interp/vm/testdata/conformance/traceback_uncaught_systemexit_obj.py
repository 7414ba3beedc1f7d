import sys
class Code:
    def __str__(self):
        return "exit object"
sys.exit(Code())
