"""Doc."""
import sys
"""Second string is an expression statement."""
x = sys.argv
