// Package all links every built-in library module into the interpreter:
// importing it (for its side effects) registers them with the VM.
package all

import (
	// Each import registers its modules in an init function.
	_ "github.com/bytepy/bytepy/interp/lib/abc"
	_ "github.com/bytepy/bytepy/interp/lib/ast"
	_ "github.com/bytepy/bytepy/interp/lib/bisectmod"
	_ "github.com/bytepy/bytepy/interp/lib/cmathmod"
	_ "github.com/bytepy/bytepy/interp/lib/collections"
	_ "github.com/bytepy/bytepy/interp/lib/contextlib"
	_ "github.com/bytepy/bytepy/interp/lib/copy"
	_ "github.com/bytepy/bytepy/interp/lib/dataclasses"
	_ "github.com/bytepy/bytepy/interp/lib/dis"
	_ "github.com/bytepy/bytepy/interp/lib/enum"
	_ "github.com/bytepy/bytepy/interp/lib/functoolsmod"
	_ "github.com/bytepy/bytepy/interp/lib/future"
	_ "github.com/bytepy/bytepy/interp/lib/gcmod"
	_ "github.com/bytepy/bytepy/interp/lib/heapqmod"
	_ "github.com/bytepy/bytepy/interp/lib/io"
	_ "github.com/bytepy/bytepy/interp/lib/itertools"
	_ "github.com/bytepy/bytepy/interp/lib/json"
	_ "github.com/bytepy/bytepy/interp/lib/keyword"
	_ "github.com/bytepy/bytepy/interp/lib/mathmod"
	_ "github.com/bytepy/bytepy/interp/lib/operatormod"
	_ "github.com/bytepy/bytepy/interp/lib/osmod"
	_ "github.com/bytepy/bytepy/interp/lib/pprint"
	_ "github.com/bytepy/bytepy/interp/lib/pydoc"
	_ "github.com/bytepy/bytepy/interp/lib/random"
	_ "github.com/bytepy/bytepy/interp/lib/re"
	_ "github.com/bytepy/bytepy/interp/lib/string"
	_ "github.com/bytepy/bytepy/interp/lib/textwrap"
	_ "github.com/bytepy/bytepy/interp/lib/time"
	_ "github.com/bytepy/bytepy/interp/lib/timeit"
	_ "github.com/bytepy/bytepy/interp/lib/traceback"
	_ "github.com/bytepy/bytepy/interp/lib/typing"
	_ "github.com/bytepy/bytepy/interp/lib/warnings"
)
