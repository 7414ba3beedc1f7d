package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
)

// Warning is a warning compilation issues (the symbol table's
// DeprecationWarning for yield in a comprehension, the compiler's
// SyntaxWarning for an assert on a tuple), for the caller to show through
// the warnings machinery as CPython's compile() would.
type Warning struct {
	Category string // "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Filename string
	Lineno   int
}

// CompileWithWarnings is Compile that also returns the warnings issued, in
// the order CPython issues them.
func CompileWithWarnings(src []byte, filename, mode string, flags, optimize int) (*code.Code, []Warning, error) {
	var ws []Warning
	co, err := compileSource(src, filename, mode, flags, optimize, &ws)
	return co, ws, err
}

// warn records a warning at the current statement.
func (c *compiler) warn(category, msg string) {
	if c.warnings != nil {
		*c.warnings = append(*c.warnings, Warning{category, msg, c.filename, c.u.lineno})
	}
}

// assertTupleWarning is compiler_assert's check: a parenthesised
// non-empty tuple (one that folding left as a tuple display) is always
// true.
func (c *compiler) assertTupleWarning(test ast.Expr) {
	if t, ok := test.(*ast.Tuple); ok && len(t.Elts) > 0 {
		c.warn("SyntaxWarning", "assertion is always true, perhaps remove parentheses?")
	}
}
