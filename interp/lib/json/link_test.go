package jsonmod_test

import _ "github.com/bytepy/bytepy/interp/lib/json"
