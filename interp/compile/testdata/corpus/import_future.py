"""Doc."""
from __future__ import print_function, division
from __future__ import generator_stop
from __future__ import (absolute_import,
                        unicode_literals)
x = 1 / 2
