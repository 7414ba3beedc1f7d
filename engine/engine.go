package engine

import (
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/interp/py"
	_ "github.com/bytepy/bytepy/interp/run" // links the compiler and the library modules
	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/kernel"
	"github.com/bytepy/bytepy/magics"
	"github.com/bytepy/bytepy/magics/transform"
)

// Version is what the banner names; cmd/bytepy sets it to its own.
var Version = "dev"

// Engine is one kernel session's interpreter and shell. The kernel calls
// it from one goroutine (Interrupt excepted), so it keeps no locks.
type Engine struct {
	it   *vm.Interp
	sh   *magics.Shell
	vi   *vmInterp
	main *py.Module
	ns   *py.Dict // __main__'s dict: globals and locals of every cell
	inL  *py.List // In
	inV  py.Value // In, as a value
	// lastInput is the last stored cell as typed: IPython's _i00, which
	// becomes _i when the next cell is stored.
	lastInput py.Value
	outD      *py.Dict // Out
	shell     py.Value // what get_ipython() returns

	// hidden are the names the engine put in ns itself (IPython's
	// user_ns_hidden): %who does not list them.
	hidden map[string]bool

	// The request being run, and where its effects go. out is nil
	// between requests; output then goes to fallback.
	out      kernel.Output
	req      kernel.ExecuteRequest
	quiet    bool // the cell ends in ";": no result shown
	culled   bool // Out has been culled once (IPython warns once)
	payloads []map[string]any
	fallback *os.File

	// depth counts Go frames that entered the VM and are still inside it:
	// while it is positive, Python is run re-entrantly on the VM's thread.
	depth int
	// captures is the stack of %%capture redirections in force.
	captures []*capture

	displayID int

	// hist is the one record of stored cells, shared with the kernel
	// (kernel.HistoryKeeper): history_request, %history and tracebacks
	// read it.
	hist *kernel.History
	// unstored keeps the text of cells that store no history, for
	// tracebacks (see cells.go).
	unstored []string
	// texts shares In[n]'s str between runs of the same cell.
	texts textCache
	// inputs holds the _iN names without entries until something looks
	// at them (py.LazyNames); their values are the history's texts.
	inputs py.LazyNames
}

// capture is one %%capture in progress.
type capture struct {
	stdout, stderr, display bool
	out, err                []byte
	outputs                 []py.Value
}

var (
	enginesMu sync.Mutex
	engines   = map[*vm.Interp]*Engine{}
)

// engineOf is the engine that owns it, or nil (bytepy run has none).
func engineOf(it *vm.Interp) *Engine {
	enginesMu.Lock()
	defer enginesMu.Unlock()
	return engines[it]
}

// New makes an engine with a fresh interpreter and __main__.
func New() *Engine {
	e := &Engine{it: vm.New(), hidden: map[string]bool{}, fallback: os.Stdout, hist: kernel.NewHistory()}
	e.vi = &vmInterp{e: e}
	e.sh = magics.NewShell(e.vi)
	e.sh.History = historyOf{e}
	e.sh.Registry.LinkNative(e.nativeMagic, nativeArgs.Doc())
	e.sh.Inspector = e.pinfo
	e.sh.Page = func(text string) {
		e.payloads = append(e.payloads, map[string]any{"source": "page", "data": map[string]any{"text/plain": text}, "start": 0})
	}
	enginesMu.Lock()
	engines[e.it] = e
	enginesMu.Unlock()

	e.it.Stdout = streamWriter{e, "stdout"}
	e.it.Stderr = streamWriter{e, "stderr"}
	e.it.DisplayHook = e.displayHook
	e.shell = newShellObject(e)
	installBuiltins(e)
	e.main = e.it.NewModule("__main__")
	e.ns = e.main.Dict
	e.inputs = py.LazyNames{Prefix: "_i", Value: e.inputText}
	e.ns.AttachLazyNames(&e.inputs)
	e.resetNamespace()
	return e
}

// History is the engine's record of stored cells (kernel.HistoryKeeper).
func (e *Engine) History() *kernel.History { return e.hist }

// Shell is the engine's magics shell (for registering more magics).
func (e *Engine) Shell() *magics.Shell { return e.sh }

// Namespace is the user namespace, __main__'s dict.
func (e *Engine) Namespace() *py.Dict { return e.ns }

// resetNamespace fills ns as a fresh IPython session's user_ns.
func (e *Engine) resetNamespace() {
	e.ns.Clear()
	e.ns.SetStr("__name__", py.NewStr("__main__"))
	e.ns.SetStr("__doc__", py.NewStr("Automatically created module for IPython interactive environment"))
	e.ns.SetStr("__package__", py.None)
	e.ns.SetStr("__loader__", py.None)
	e.ns.SetStr("__spec__", py.None)
	e.ns.SetStr("__builtin__", e.it.Modules.Must("builtins"))
	e.ns.SetStr("__builtins__", e.it.Modules.Must("builtins"))
	if e.inL == nil {
		e.inV = py.NewList([]py.Value{py.NewStr("")})
		e.inL = py.AsList(e.inV)
	}
	e.outD = py.NewDict()
	wd, _ := os.Getwd()
	set := func(name string, v py.Value) {
		e.ns.SetStr(name, v)
		e.hidden[name] = true
	}
	set("_ih", e.inV)
	set("_oh", e.outD.V())
	set("_dh", py.NewList([]py.Value{py.NewStr(wd)}))
	set("In", e.inV)
	set("Out", e.outD.V())
	set("get_ipython", e.it.Builtins.Must("get_ipython"))
	set("exit", e.it.Builtins.Must("exit"))
	set("quit", e.it.Builtins.Must("quit"))
	for _, n := range []string{"_", "__", "___", "_i", "_ii", "_iii"} {
		set(n, py.NewStr(""))
	}
	e.hidden["__builtin__"] = true
}

// Info is the kernel_info the engine reports.
func (e *Engine) Info() kernel.Info {
	return kernel.Info{
		Banner:       "bytepy " + Version + " -- Python 3.7.16 (bytecode-compatible) in Go\nIPython-style magics: %lsmagic lists them, name? gives help.",
		LanguageInfo: kernel.Python37,
		HelpLinks: []kernel.HelpLink{
			{Text: "Python Reference", URL: "https://docs.python.org/3.7"},
			{Text: "IPython Reference", URL: "https://ipython.readthedocs.io/en/stable/"},
		},
	}
}

// Interrupt raises KeyboardInterrupt in the running cell.
func (e *Engine) Interrupt() { e.it.Interrupt() }

// IsComplete is IPython's check_complete.
func (e *Engine) IsComplete(code string) (string, string) {
	status, indent := transform.CheckComplete(code)
	if status != "incomplete" {
		return status, ""
	}
	return status, spaces(indent)
}

func spaces(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}

// CellFilename is IPython's name for cell n's code: "<ipython-input-N-H>"
// with H the first 12 hex digits of the SHA-1 of the cell's text.
func CellFilename(n int, cell string) string {
	return cellFilename(n, cellKey(cell))
}

// Execute runs one cell.
func (e *Engine) Execute(req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	e.out, e.req, e.payloads = out, req, nil
	defer func() { e.out = nil }()
	e.captures = nil

	key := cellKey(req.Code)
	filename := cellFilename(req.ExecutionCount, key)
	e.sh.CellFilename = filename
	src, terr := transform.Cell(req.Code)
	if terr != nil {
		src = req.Code
	}
	if src == req.Code {
		// The common case, a cell with no magics: keep one copy of the
		// text for the request, the history, In and tracebacks.
		src = req.Code
	}
	e.keepSource(req, filename, src)
	e.quiet = transform.Quiet(src)
	if req.StoreHistory {
		e.recordInput(req.ExecutionCount, req.Code, src)
	}

	var res kernel.ExecuteResult
	var cellErr *py.Exception
	_, err := e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		if err := e.sh.RunCell(req.Code, filename); err != nil {
			cellErr = e.toException(t, err)
			// The error is kept aside so that the traceback can be
			// formatted while still inside the VM (str() of the exception
			// may run Python).
			res.Error = e.formatError(t, cellErr)
		}
		return py.None, nil
	})
	if err != nil && res.Error == nil {
		// A Go panic in the VM, reported by vm.Interp.Call as SystemError.
		res.Error = e.formatGoError(err)
	}
	if res.Error == nil && len(req.UserExpressions) > 0 {
		res.UserExpressions = e.userExpressions(req.UserExpressions)
	}
	res.Payloads = e.payloads
	return res
}

// recordInput is the input side of IPython's history: In[n] (the cell
// after magics are transformed), _iN (the cell as typed), _i, _ii and
// _iii (the three stored cells before this one, as IPython's
// store_inputs rotates them), and the history record of raw. IPython
// strips trailing newlines from both texts.
func (e *Engine) recordInput(n int, raw, src string) {
	for len(e.inL.Items()) < n {
		e.inL.Append(py.NewStr(""))
	}
	src = strings.TrimRight(src, "\n")
	raw = strings.TrimRight(raw, "\n")
	// One str object serves In[n] and _iN when the cell has no magics;
	// a rerun shares it (celltext.go).
	s := e.texts.str(src)
	r := s
	if raw != src {
		r = e.texts.str(raw)
	}
	old := e.inL.Items()
	e.inL.Append(s)
	if len(old) >= largeTable && &old[0] != &e.inL.Items()[0] {
		kernel.FreedLarge() // append moved In to a bigger array
	}
	ii, _ := e.ns.GetStr("_ii")
	i, _ := e.ns.GetStr("_i")
	if !ii.IsNull() {
		e.ns.SetStr("_iii", ii)
	}
	if !i.IsNull() {
		e.ns.SetStr("_ii", i)
	}
	prev := e.lastInput
	if prev.IsNull() {
		prev = py.NewStr("")
	}
	e.ns.SetStr("_i", prev)
	e.lastInput = r
	// The str's own bytes: NewStr copies a short text, and the copy is
	// the one kept.
	e.hist.AddCell(n, py.StrOf(r), py.StrOf(s))
	// _iN is the history's text of line n, made when first looked at.
	e.inputs.Add(n)
}

// inputText is the value of _iN: cell n as typed, the str In[n] shares
// when the cell had no magics and is still recent (celltext.go).
func (e *Engine) inputText(n int) (py.Value, bool) {
	raw, ok := e.hist.Input(n)
	if !ok {
		return py.Null, false
	}
	return e.texts.str(raw), true
}

// setNumbered stores prefix+n (_7) in ns. The name is not interned,
// as SetStr's are: a kernel makes such names for its whole life, and
// the intern table never gives a name back. %who leaves them out as it
// does every name that starts with "_", so they need no entry in hidden
// either.
//
// A kernel's namespace only grows, so it is kept tight (py.Dict.Tighten)
// rather than at a dict's usual two to four entries per item.
func (e *Engine) setNumbered(prefix string, n int, v py.Value) {
	ns := e.ns
	k := py.AsStr(py.NewStr(prefix + strconv.Itoa(n)))
	if _, ok := ns.LookupStr(k); !ok {
		keepTight(ns, ns.Len()-e.inputs.Len())
	}
	ns.SetS(k, v)
}

// keepTight makes room in d, one of the kernel's ever-growing dicts with
// made entries for made of its items, just before a new key goes in:
// when there is none, or a grow left a quarter more than needed, d is
// rebuilt with room for an eighth more. Rebuilding a large one drops
// its old table, which the kernel is told of, so that it hands the
// memory back (kernel.FreedLarge).
func keepTight(d *py.Dict, made int) {
	if s := d.Slack(); s == 0 || s > made/4+64 {
		d.Tighten(made/8 + 16)
		if made >= largeTable {
			kernel.FreedLarge()
		}
	}
}

// largeTable is the length from which a list or dict's table, when
// dropped, is worth handing back at once (64 KiB and more).
const largeTable = 4096

// userExpressions evaluates user_expressions after a cell that succeeded.
func (e *Engine) userExpressions(exprs map[string]string) map[string]kernel.ExpressionValue {
	vals := make(map[string]kernel.ExpressionValue, len(exprs))
	for name, expr := range exprs {
		var ev kernel.ExpressionValue
		e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
			v, exc := e.evalSource(t, expr)
			if exc != nil {
				ev.Error = e.formatError(t, exc)
				return py.None, nil
			}
			data, md, exc := e.mimeBundle(t, v)
			if exc != nil {
				ev.Error = e.formatError(t, exc)
				return py.None, nil
			}
			ev.Data, ev.Metadata = data, md
			return py.None, nil
		})
		vals[name] = ev
	}
	return vals
}

// evalSource is eval(src) in the user namespace.
func (e *Engine) evalSource(t *py.Thread, src string) (py.Value, *py.Exception) {
	return py.Call(t, e.it.Builtins.Must("eval"), []py.Value{py.NewStr(src), e.ns.V()}, nil)
}

// inVM runs fn with the VM's thread: directly when Go code called from
// the VM is asking (the VM is already entered on this goroutine),
// otherwise by entering the VM through a builtin, which takes its lock,
// clears a stale interrupt and turns a Go panic into SystemError.
func (e *Engine) inVM(fn func(t *py.Thread) (py.Value, *py.Exception)) (py.Value, error) {
	if e.depth > 0 {
		v, exc := fn(e.it.Thread())
		if exc != nil {
			return py.Null, &vm.PyError{Exc: exc}
		}
		return v, nil
	}
	e.depth++
	defer func() { e.depth-- }()
	b := py.NewBuiltin("<bytepy>", func(t *py.Thread, _ []py.Value, _ []string) (py.Value, *py.Exception) {
		return fn(t)
	})
	return e.it.Call(b)
}

// historyOf answers %history from the engine's record.
type historyOf struct{ e *Engine }

func (h historyOf) Range(start, stop int) []magics.HistoryEntry {
	last := h.e.hist.Len()
	if stop != 0 {
		last = min(last, stop-1)
	}
	var out []magics.HistoryEntry
	for line := max(start, 1); line <= last; line++ {
		if src, ok := h.e.hist.Translated(line); ok {
			out = append(out, magics.HistoryEntry{Line: line, Input: src, Output: h.e.hist.OutputOf(line)})
		}
	}
	return out
}

// streamWriter is sys.stdout or sys.stderr: text goes to the innermost
// %%capture that takes it, else to the cell's Output.
type streamWriter struct {
	e    *Engine
	name string
}

func (w streamWriter) Write(p []byte) (int, error) {
	e := w.e
	for i := len(e.captures) - 1; i >= 0; i-- {
		c := e.captures[i]
		if w.name == "stdout" && c.stdout {
			c.out = append(c.out, p...)
			return len(p), nil
		}
		if w.name == "stderr" && c.stderr {
			c.err = append(c.err, p...)
			return len(p), nil
		}
	}
	if e.out != nil {
		e.out.Stream(w.name, string(p))
		return len(p), nil
	}
	if w.name == "stderr" {
		return os.Stderr.Write(p)
	}
	return e.fallback.Write(p)
}
