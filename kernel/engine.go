package kernel

import "errors"

// Engine runs cells: the interpreter behind the kernel. The kernel calls
// every method but Interrupt from its one executor goroutine, so an Engine
// needs no locking of its own; Interrupt may come from any goroutine (the
// control socket or SIGINT) while Execute runs.
//
// Positions in code are Go byte offsets into the UTF-8 string, both ways;
// the kernel converts to and from the protocol's Unicode code points.
type Engine interface {
	// Info describes the language and the banner; it is asked once.
	Info() Info
	// Execute runs one cell. Output goes to out as it is produced; the
	// result says whether the cell failed and carries payloads and the
	// values of req.UserExpressions.
	Execute(req ExecuteRequest, out Output) ExecuteResult
	// Complete lists completions for code at byte offset cursor.
	Complete(code string, cursor int) Completion
	// Inspect describes the object at byte offset cursor; detail 1 asks
	// for more (IPython shows source).
	Inspect(code string, cursor, detail int) Inspection
	// IsComplete tells a console whether code is ready to run: status is
	// "complete", "incomplete" (with the indent for the next line),
	// "invalid" or "unknown".
	IsComplete(code string) (status, indent string)
	// Interrupt asks a running Execute to stop, as KeyboardInterrupt
	// would. It must return at once, and be harmless when nothing runs:
	// an interrupt that arrives between cells must not fire in the next
	// one (clear it when Execute starts). The kernel also wakes a cell
	// blocked in Output.Input itself (ErrInterrupted).
	Interrupt()
}

// Info is what kernel_info_reply reports about the engine.
type Info struct {
	Banner       string
	LanguageInfo LanguageInfo
	HelpLinks    []HelpLink
}

// LanguageInfo is kernel_info_reply's language_info.
type LanguageInfo struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	Mimetype          string         `json:"mimetype"`
	FileExtension     string         `json:"file_extension"`
	PygmentsLexer     string         `json:"pygments_lexer,omitempty"`
	CodemirrorMode    map[string]any `json:"codemirror_mode,omitempty"`
	NbconvertExporter string         `json:"nbconvert_exporter,omitempty"`
}

// HelpLink is one entry of the frontend's Help menu.
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// Python37 is the language_info every bytepy engine reports: what
// IPython on CPython 3.7.16 says, so frontends highlight and export cells
// as they would for ipykernel.
var Python37 = LanguageInfo{
	Name:              "python",
	Version:           "3.7.16",
	Mimetype:          "text/x-python",
	FileExtension:     ".py",
	PygmentsLexer:     "ipython3",
	CodemirrorMode:    map[string]any{"name": "ipython", "version": 3},
	NbconvertExporter: "python",
}

// ExecuteRequest is one cell to run, as the frontend asked for it.
type ExecuteRequest struct {
	Code string
	// Silent asks for no execute_result and no history; the kernel has
	// already forced StoreHistory off.
	Silent       bool
	StoreHistory bool
	// AllowStdin is false when the frontend cannot answer input();
	// Output.Input then fails with ErrStdinNotAllowed.
	AllowStdin bool
	// ExecutionCount is this cell's number, In[n]: the kernel counts and
	// only advances the count for cells that store history.
	ExecutionCount int
	// UserExpressions are evaluated after the cell, in its namespace.
	UserExpressions map[string]string
}

// ExecuteResult is how a cell ended.
type ExecuteResult struct {
	// Error is nil when the cell ran to the end.
	Error *Error
	// Payloads are IPython's side requests: {"source": "page", "data":
	// {...}, "start": 0} for `obj?`, "set_next_input", "ask_exit".
	Payloads []map[string]any
	// UserExpressions holds one entry per requested expression.
	UserExpressions map[string]ExpressionValue
}

// Error is a Python exception as the frontend shows it. Traceback lines
// may carry ANSI colour codes, as IPython's do.
type Error struct {
	EName     string   `json:"ename"`
	EValue    string   `json:"evalue"`
	Traceback []string `json:"traceback"`
}

// ExpressionValue is one user_expressions result: a MIME bundle when the
// expression could be evaluated, an error when it could not.
type ExpressionValue struct {
	Data     MimeBundle `json:"data,omitempty"`
	Metadata MimeBundle `json:"metadata,omitempty"`
	Error    *Error     `json:"-"`
}

// MimeBundle maps MIME types to representations ("text/plain": "42").
type MimeBundle map[string]any

// Display is a display_data or update_display_data message's content.
// DisplayID, when set, becomes transient.display_id so the output can be
// updated later.
type Display struct {
	Data      MimeBundle
	Metadata  MimeBundle
	DisplayID string
}

// Completion is complete_reply's content, with byte offsets.
type Completion struct {
	Matches     []string
	CursorStart int
	CursorEnd   int
	Metadata    map[string]any
}

// Inspection is inspect_reply's content; Found false means nothing there.
type Inspection struct {
	Found    bool
	Data     MimeBundle
	Metadata MimeBundle
}

// Output is where a running cell's effects go. Methods are called from the
// executor goroutine, in the order the cell produces them, and reach the
// frontend in that order.
type Output interface {
	// Stream writes text to "stdout" or "stderr". Writes are coalesced.
	Stream(name, text string)
	// Result is the display hook: the value of an expression statement
	// (execute_result, Out[n]).
	Result(data, metadata MimeBundle)
	// Display publishes display_data (IPython's display()).
	Display(d Display)
	// UpdateDisplay replaces an earlier display with the same DisplayID.
	UpdateDisplay(d Display)
	// ClearOutput clears the cell's output, now or (wait) at the next one.
	ClearOutput(wait bool)
	// Input asks the frontend for a line, for input() and getpass().
	// It fails with ErrStdinNotAllowed, ErrInterrupted or ErrShutdown.
	Input(prompt string, password bool) (string, error)
}

// Why Output.Input returned no line. The engine turns these into Python
// exceptions: StdinNotImplementedError, KeyboardInterrupt, EOFError.
var (
	ErrStdinNotAllowed = errors.New("raw_input was called, but this frontend does not support input requests")
	ErrInterrupted     = errors.New("interrupted while waiting for input")
	ErrShutdown        = errors.New("kernel shutting down")
)
