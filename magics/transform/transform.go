// Package transform is IPython 8.5's TransformerManager.transform_cell: it
// rewrites a cell's IPython syntax (%magic, %%magic, !cmd, x = !cmd,
// x = %magic, name?, ?name, prompts) into plain Python calls on
// get_ipython(), leaving ordinary Python text exactly as it was.
//
// The machine has three stages, as IPython's has:
//
//  1. Cleanup on the cell's physical lines: drop leading blank lines, strip
//     the first line's indentation from every line that has it, strip ">>> "
//     and "In [1]: " prompts.
//  2. The line transform: a first line starting with "%%" turns the whole
//     cell into one run_cell_magic call.
//  3. Token transforms, one at a time until none applies: tokenize the cell
//     as Python 3.11's tokenize module would (IPython syntax shows up as
//     error tokens), ask each transformer for its first match, apply the
//     earliest (ties go to help before escapes), and start again, because
//     the text after a rewrite may tokenize differently.
//
// Working on tokens rather than regular expressions is what keeps "%" and
// "!" inside strings, comments and expressions (a % b, a != b) untouched.
//
// CheckComplete is the same manager's check_complete, for a console's
// is_complete requests: the same stages, then CPython 3.7's codeop rule
// run with our compiler. Quiet is the display hook's rule that a cell
// ending in ";" shows no result.
package transform

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bytepy/bytepy/interp/constant"
)

// Cell is TransformerManager().transform_cell(cell).
func Cell(cell string) (string, error) {
	// The kernel transforms each cell twice (once for In and the history,
	// once to compile it); the second time is a string comparison.
	if m := lastCell.Load(); m != nil && m.in == cell {
		return m.out, m.err
	}
	out, err := transformCell(cell)
	lastCell.Store(&cellMemo{cell, out, err})
	return out, err
}

// cellMemo is Cell's last answer.
type cellMemo struct {
	in, out string
	err     error
}

var lastCell atomic.Pointer[cellMemo]

func transformCell(cell string) (string, error) {
	if !strings.HasSuffix(cell, "\n") {
		cell += "\n"
	}
	lines := splitLines(cell)
	lines = leadingEmptyLines(lines)
	lines = leadingIndent(lines)
	lines = classicPrompt.apply(lines)
	lines = ipythonPrompt.apply(lines)
	lines = cellMagic(lines)
	lines, err := tokenTransforms(lines)
	return strings.Join(lines, ""), err
}

// splitLines is str.splitlines(keepends=True).
func splitLines(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if !isLineBreak(r) {
			continue
		}
		end := i + len(string(r))
		if r == '\r' && strings.HasPrefix(s[end:], "\n") {
			continue // the \n that follows ends the line
		}
		out = append(out, s[start:end])
		start = end
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isSpace is str.isspace for one rune.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680,
		0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func allSpace(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

func rstrip(s string) string { return strings.TrimRightFunc(s, isSpace) }

func repr(s string) string { return constant.StrRepr(s) }

// leadingEmptyLines drops blank lines before the first non-blank one.
func leadingEmptyLines(lines []string) []string {
	for i, l := range lines {
		if l != "" && !allSpace(l) {
			return lines[i:]
		}
	}
	return lines
}

var indentRE = lazyRE(`^[ \t]+`)

// leadingIndent removes the first line's indentation from every line that
// starts with the same whitespace, so an indented paste runs.
func leadingIndent(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	space := indentRE().FindString(lines[0])
	if space == "" {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimPrefix(l, space)
	}
	return out
}

// lazyRE compiles expr on first use. Every bytepy process links this
// package, and compiling its expressions at package init was an eighth of
// `bytepy run`'s start-up, for programs that never see a cell.
func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// promptStripper is IPython's PromptStripper: when the first line carries
// an initial prompt, or the second line any prompt, every line loses its
// prompt.
type promptStripper struct{ prompt, initial func() *regexp.Regexp }

func (p promptStripper) apply(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	if !p.initial().MatchString(lines[0]) && !(len(lines) > 1 && p.prompt().MatchString(lines[1])) {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if m := p.prompt().FindStringSubmatchIndex(l); m != nil {
			cut := m[1]
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					cut = m[g+1]
				}
			}
			l = l[cut:]
		}
		out[i] = l
	}
	return out
}

// Python's "( |$)" in the classic prompts is a space, or the end of the
// line before its newline, which "$" does not consume; RE2 cannot look
// ahead, so the part to strip is captured and the newline left behind.
var (
	classicPrompt = promptStripper{
		prompt:  lazyRE(`^(?:((?:>>>|\.\.\.) )|((?:>>>|\.\.\.))\n?\z)`),
		initial: lazyRE(`^(?:(>>> )|(>>>)\n?\z)`),
	}
	ipythonRE     = lazyRE(`^(?:(?:(?:\[nav\]|\[ins\])? )?In \[[0-9]+\]: |[\t\n\v\f\r \p{Z}\x1c-\x1f\x85]*\.{3,}: ?)`)
	ipythonPrompt = promptStripper{prompt: ipythonRE, initial: ipythonRE}
)

var cellHelpRE = lazyRE(`^%%[\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]+\?`)

// cellMagic turns a cell whose first line starts with %% into one
// run_cell_magic call; "%%name?" is left for the help transformer.
func cellMagic(lines []string) []string {
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "%%") || cellHelpRE().MatchString(lines[0]) {
		return lines
	}
	name, first, _ := strings.Cut(rstrip(lines[0][2:]), " ")
	body := strings.Join(lines[1:], "")
	return []string{fmt.Sprintf("get_ipython().run_cell_magic(%s, %s, %s)\n", repr(name), repr(first), repr(body))}
}

// A match is one place a token transformer wants to rewrite.
type match struct {
	line, col int // 0-based line, byte column
	priority  int
	apply     func(lines []string) ([]string, error)
}

// finders are IPython's token_transformers, in its order.
var finders = []func([][]token) *match{findMagicAssign, findSystemAssign, findEscaped, findHelpEnd}

// errNoHelpTarget is HelpEnd's SyntaxError: the "?" line holds no name
// that help can look up, so the next candidate is tried instead.
var errNoHelpTarget = fmt.Errorf("no help target")

// loopLimit is TRANSFORM_LOOP_LIMIT.
const loopLimit = 500

func tokenTransforms(lines []string) ([]string, error) {
	for range loopLimit {
		groups, err := tokensByLine(lines)
		if err != nil {
			return lines, err
		}
		var cands []*match
		for _, find := range finders {
			if m := find(groups); m != nil {
				cands = append(cands, m)
			}
		}
		sort.SliceStable(cands, func(i, j int) bool {
			a, b := cands[i], cands[j]
			if a.line != b.line {
				return a.line < b.line
			}
			if a.col != b.col {
				return a.col < b.col
			}
			return a.priority < b.priority
		})
		changed := false
		for _, c := range cands {
			out, err := c.apply(lines)
			if err == errNoHelpTarget {
				continue
			}
			if err != nil {
				return lines, err
			}
			lines, changed = out, true
			break
		}
		if !changed {
			return lines, nil
		}
	}
	return lines, fmt.Errorf("Input transformation still changing after %d iterations. Aborting.", loopLimit)
}

// findAssignOp is the index of the first "=" outside brackets, or -1.
func findAssignOp(line []token) int {
	depth := 0
	for i, t := range line {
		switch t.text {
		case "=":
			if depth == 0 {
				return i
			}
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth > 0 {
				depth--
			}
		}
	}
	return -1
}

// endOfContinued is the last physical line of a backslash-continued line.
func endOfContinued(lines []string, start int) int {
	end := start
	for strings.HasSuffix(lines[end], "\\\n") {
		end++
		if end >= len(lines) {
			break
		}
	}
	return end
}

// assembleContinued joins a backslash-continued line from (line, col) on,
// dropping the backslashes and newlines, with one space between pieces.
func assembleContinued(lines []string, line, col, end int) string {
	parts := append([]string{lines[line][col:]}, lines[line+1:min(end+1, len(lines))]...)
	out := make([]string, len(parts))
	for i, p := range parts {
		p = rstrip(p)
		if i < len(parts)-1 && p != "" {
			p = p[:len(p)-1]
		}
		out[i] = p
	}
	return strings.Join(out, " ")
}

// replaceLines puts newLine in place of lines start..end.
func replaceLines(lines []string, start, end int, newLine string) []string {
	out := append([]string{}, lines[:start]...)
	out = append(out, newLine)
	if end+1 < len(lines) {
		out = append(out, lines[end+1:]...)
	}
	return out
}

// escapedRewrite rewrites the special syntax starting at (line, col) that
// runs to the end of its (continued) line with call(rest).
func escapedRewrite(line, col int, call func(rest string) string) func([]string) ([]string, error) {
	return func(lines []string) ([]string, error) {
		end := endOfContinued(lines, line)
		rest := assembleContinued(lines, line, col, end)
		return replaceLines(lines, line, end, lines[line][:col]+call(rest)+"\n"), nil
	}
}

// findMagicAssign is MagicAssign: x = %magic args.
func findMagicAssign(groups [][]token) *match {
	for _, line := range groups {
		i := findAssignOp(line)
		if i >= 0 && len(line) > i+2 && line[i+1].text == "%" && line[i+2].kind == tkName {
			t := line[i+1]
			return &match{line: t.line - 1, col: t.col, priority: 10,
				apply: escapedRewrite(t.line-1, t.col, func(rest string) string {
					name, args, _ := strings.Cut(rest[1:], " ")
					return "get_ipython().run_line_magic(" + repr(name) + ", " + repr(args) + ")"
				})}
		}
	}
	return nil
}

// findSystemAssign is SystemAssign: x = !cmd. Python's tokenize reports
// the "!" and any blanks before it as one-character error tokens.
func findSystemAssign(groups [][]token) *match {
	for _, line := range groups {
		i := findAssignOp(line)
		if i < 0 || strings.HasPrefix(strings.TrimFunc(line[i].src, isSpace), "=") ||
			len(line) < i+2 || line[i+1].kind != tkError {
			continue
		}
		for j := i + 1; j < len(line) && line[j].kind == tkError; j++ {
			if line[j].text == "!" {
				t := line[j]
				return &match{line: t.line - 1, col: t.col, priority: 10,
					apply: escapedRewrite(t.line-1, t.col, func(rest string) string {
						return "get_ipython().getoutput(" + repr(rest[1:]) + ")"
					})}
			}
			if !allSpace(line[j].text) {
				break
			}
		}
	}
	return nil
}

// findEscaped is EscapedCommand: a logical line whose first real token is
// one of IPython's escapes.
func findEscaped(groups [][]token) *match {
	for _, line := range groups {
		i := 0
		for i < len(line) && (line[i].kind == tkIndent || line[i].kind == tkDedent) {
			i++
		}
		if i >= len(line) {
			continue
		}
		switch line[i].text {
		case "!", "?", "%", ",", ";", "/":
			t := line[i]
			return &match{line: t.line - 1, col: t.col, priority: 10,
				apply: escapedRewrite(t.line-1, t.col, escapedCall)}
		}
	}
	return nil
}

// escapedCall translates one escaped line (escape included).
func escapedCall(line string) string {
	esc, content := line[:1], line[1:]
	if len(line) > 1 && (line[:2] == "!!" || line[:2] == "??") {
		esc, content = line[:2], line[2:]
	}
	name, args, _ := strings.Cut(content, " ")
	switch esc {
	case "!":
		return "get_ipython().system(" + repr(content) + ")"
	case "!!":
		return "get_ipython().getoutput(" + repr(content) + ")"
	case "?", "??":
		if content == "" {
			return "get_ipython().show_usage()"
		}
		return helpCall(content, esc)
	case "%":
		return "get_ipython().run_line_magic(" + repr(name) + ", " + repr(args) + ")"
	case ",":
		return name + `("` + strings.Join(strings.Fields(args), `", "`) + `")`
	case ";":
		return name + `("` + args + `")`
	case "/":
		return name + "(" + strings.Join(strings.Fields(args), ", ") + ")"
	}
	return ""
}

// helpCall is _make_help_call: pinfo, pinfo2 for "??", psearch for a
// wildcard pattern.
func helpCall(target, esc string) string {
	method := "pinfo"
	if esc == "??" {
		method = "pinfo2"
	} else if strings.Contains(target, "*") {
		method = "psearch"
	}
	// IPython joins and re-splits on the first space, then drops any "%"
	// from the method name; with these methods that is the identity.
	return "get_ipython().run_line_magic(" + repr(method) + ", " + repr(target) + ")"
}

// helpEndRE is _help_end_re; "(?!\d)[\w*]" is spelt as a class of its own
// because RE2 has no lookahead, and Python's "$" (end, or before a final
// newline) as "\n?\z".
var helpEndRE = sync.OnceValue(func() *regexp.Regexp {
	const w = `\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}`
	const first = `[\p{L}\p{Nl}\p{No}\p{Mn}\p{Mc}\p{Pc}*]`
	name := first + `[` + w + `*]*`
	return regexp.MustCompile(`(%{0,2}` + name + `(?:\.` + name + `)*)(\?\??)\n?\z`)
})

// findHelpEnd is HelpEnd: a logical line ending in "?" (the token before
// NEWLINE). It outranks escapes at the same place so "%magic?" is help.
func findHelpEnd(groups [][]token) *match {
	for _, line := range groups {
		if len(line) <= 2 || line[len(line)-2].text != "?" {
			continue
		}
		i := 0
		for line[i].kind == tkIndent || line[i].kind == tkDedent {
			i++
		}
		start, q := line[i], line[len(line)-2]
		return &match{line: start.line - 1, col: start.col, priority: 5,
			apply: func(lines []string) ([]string, error) {
				piece := strings.Join(lines[start.line-1:q.line], "")
				indent, content := piece[:start.col], piece[start.col:]
				m := helpEndRE().FindStringSubmatch(content)
				if m == nil {
					return nil, errNoHelpTarget
				}
				return replaceLines(lines, start.line-1, q.line-1, indent+helpCall(m[1], m[2])+"\n"), nil
			}}
	}
	return nil
}
