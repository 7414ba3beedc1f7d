import sys
sys.path.insert(0, sys.path[0] + "/pkgs")
import helper_mod
from helper_mod import double, Thing
print(helper_mod.GREETING, double(21), Thing(), helper_mod.__name__, helper_mod.__doc__)
import helper_mod as again
print(again is helper_mod, "helper_mod" in sys.modules)
