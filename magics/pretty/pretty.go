package pretty

import (
	"github.com/bytepy/bytepy/interp/py"
)

// MaxSeqLength is IPython's MAX_SEQ_LENGTH: containers print this many
// items and then ", ...".
const MaxSeqLength = 1000

// Options are the PlainTextFormatter settings that change the text.
type Options struct {
	MaxWidth     int    // 79 in IPython
	MaxSeqLength int    // 0: no limit
	FloatFormat  string // %precision's format ("%.3f"); "" is repr
}

// Pretty is IPython.lib.pretty.pretty(v, max_width=maxWidth).
func Pretty(t *py.Thread, v py.Value, maxWidth int) (string, *py.Exception) {
	return Format(t, v, Options{MaxWidth: maxWidth, MaxSeqLength: MaxSeqLength})
}

// Format pretty-prints v with the given options.
func Format(t *py.Thread, v py.Value, o Options) (string, *py.Exception) {
	p := &Printer{layout: newLayout(o.MaxWidth, o.MaxSeqLength), t: t, floatFormat: o.FloatFormat}
	if err := p.pretty(v); err != nil {
		return "", err
	}
	p.flush()
	return p.out.String(), nil
}

// Printer is RepresentationPrinter: the layout plus the stack of objects
// being printed, for cycle detection.
type Printer struct {
	*layout
	t           *py.Thread
	stack       []py.Value
	floatFormat string
	pyObj       py.Value // the Python-visible face, made on first use
}
