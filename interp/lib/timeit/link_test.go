package timeitmod_test

import _ "github.com/bytepy/bytepy/interp/lib/timeit"
