package randommod_test

import _ "github.com/bytepy/bytepy/interp/lib/random"
