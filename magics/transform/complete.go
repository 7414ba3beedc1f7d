package transform

import (
	"strings"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/syntax"
)

// CheckComplete is TransformerManager.check_complete, what a console's
// is_complete request asks: "complete", "incomplete" (with the next
// line's indent in spaces) or "invalid". IPython syntax is judged as
// IPython judges it (a %% cell is complete at a blank line; a magic or
// shell line is transformed first); the final verdict on the Python that
// results is codeop's, run with our 3.7 compiler.
func CheckComplete(cell string) (string, int) {
	endsWithNewline := false
	for i := len(cell) - 1; i >= 0; i-- {
		if cell[i] == '\n' {
			endsWithNewline = true
			break
		}
		if !isSpace(rune(cell[i])) {
			break
		}
	}
	if !endsWithNewline {
		cell += "\n"
	}
	lines := splitLines(cell)
	if len(lines) == 0 {
		return "complete", 0
	}
	if strings.HasSuffix(lines[len(lines)-1], "\\") {
		return "incomplete", lastIndent(lines)
	}
	lines = ipythonPrompt.apply(classicPrompt.apply(leadingIndent(leadingEmptyLines(lines))))
	if len(lines) == 0 {
		return "complete", 0
	}
	if strings.HasPrefix(lines[0], "%%") {
		if strings.TrimFunc(lines[len(lines)-1], isSpace) != "" {
			return "incomplete", lastIndent(lines)
		}
		return "complete", 0
	}
	lines, err := tokenTransforms(cellMagic(lines))
	if err != nil {
		return "invalid", 0
	}
	groups, err := tokensByLine(lines)
	if err != nil {
		return "invalid", 0
	}
	if len(lines) == 1 && len(groups) > 0 && sunkenBrackets(groups[0]) {
		return "invalid", 0
	}
	if len(groups) == 0 {
		return "incomplete", lastIndent(lines)
	}
	last := groups[len(groups)-1]
	if last[len(last)-1].kind != tkEndMarker {
		return "incomplete", lastIndent(lines) // inside a string or brackets
	}
	var lastTokenLine []token
	if len(groups) > 1 && onlyKinds(last, tkDedent, tkEndMarker) {
		lastTokenLine = last
		groups = groups[:len(groups)-1]
	}
	last = groups[len(groups)-1]
	for len(last) > 0 && (last[len(last)-1].kind == tkNewline || last[len(last)-1].kind == tkComment || last[len(last)-1].kind == tkEndMarker) {
		last = last[:len(last)-1]
	}
	if len(last) == 0 {
		return "incomplete", lastIndent(lines)
	}
	if last[len(last)-1].text == ":" {
		i := 0
		for last[i].kind == tkIndent || last[i].kind == tkDedent {
			i++
		}
		return "incomplete", last[i].col + 4
	}
	if strings.HasSuffix(last[0].src, "\\") {
		return "incomplete", 0
	}
	switch codeop(strings.Join(lines, "")) {
	case "invalid":
		return "invalid", 0
	case "incomplete":
		return "incomplete", lastIndent(lines)
	}
	if lastTokenLine != nil && lastTokenLine[0].kind == tkDedent && !endsWithNewline {
		return "incomplete", lastIndent(lines)
	}
	return "complete", 0
}

// lastIndent is find_last_indent: the last line's leading blanks, a tab
// counting four.
func lastIndent(lines []string) int {
	ind := indentRE().FindString(lines[len(lines)-1])
	return len(strings.ReplaceAll(ind, "\t", "    "))
}

func onlyKinds(line []token, kinds ...kind) bool {
	seen := map[kind]bool{}
	for _, t := range line {
		ok := false
		for _, k := range kinds {
			ok = ok || t.kind == k
		}
		if !ok {
			return false
		}
		seen[t.kind] = true
	}
	return seen[tkEndMarker]
}

// sunkenBrackets is has_sunken_brackets: more closers than openers at
// some point.
func sunkenBrackets(line []token) bool {
	depth := 0
	for _, t := range line {
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth < 0 {
				return true
			}
		}
	}
	return false
}

// codeop is Python 3.7's codeop.compile_command(source, symbol="exec"),
// reduced to its verdict: source that compiles is complete; source
// whose error stays the same when more blank lines are added is invalid;
// otherwise more input could still help, and it is incomplete.
func codeop(source string) string {
	blank := true
	for _, l := range strings.Split(source, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && l[0] != '#' {
			blank = false
			break
		}
	}
	if blank {
		source = "pass"
	}
	try := func(src string) *syntax.Error {
		_, err := compile.CompileString(src, "<input>", "exec", 0x200, -1) // PyCF_DONT_IMPLY_DEDENT
		if err == nil {
			return nil
		}
		if se, ok := err.(*syntax.Error); ok {
			return se
		}
		return &syntax.Error{Msg: err.Error()}
	}
	if try(source) == nil {
		return "complete"
	}
	err1 := try(source + "\n")
	if err1 == nil {
		// compile_command returns code1's compile only via code; a
		// source that needs one more newline is still incomplete.
		return "incomplete"
	}
	err2 := try(source + "\n\n")
	if err2 != nil && *err1 == *err2 {
		return "invalid"
	}
	return "incomplete"
}

// Quiet is IPython's DisplayHook.quiet: whether a cell's result is
// suppressed because its last token (comments and newlines aside) is ";".
// It is asked of the transformed cell, as IPython keeps it in
// input_hist_parsed.
func Quiet(transformed string) bool {
	toks, _ := tokenize(splitLines(transformed))
	for i := len(toks) - 1; i >= 0; i-- {
		switch t := toks[i]; t.kind {
		case tkEndMarker, tkNL, tkNewline, tkComment:
			continue
		default:
			return t.kind == tkOp && t.text == ";"
		}
	}
	return false
}
