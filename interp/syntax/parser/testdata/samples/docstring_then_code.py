"""Doc."""
import sys
