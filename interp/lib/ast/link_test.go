package astmod_test

import _ "github.com/bytepy/bytepy/interp/lib/ast"
