package magics

import (
	"fmt"
	"strconv"
	"strings"
)

var captureArgs = &ArgParser{
	Prog:        "%capture",
	Description: "run the cell, capturing stdout, stderr, and IPython's rich display() calls.",
	Args: []Arg{
		{Flags: []string{"output"}, Nargs: "?", Help: "The name of the variable in which to store output. This is a utils.io.CapturedIO object with stdout/err attributes for the text of the captured output. CapturedOutput also has a show() method for displaying the output, and __call__ as well, so you can use that to quickly display the output. If unspecified, captured output is discarded."},
		{Flags: []string{"--no-stderr"}, Action: StoreTrue, Help: "Don't capture stderr."},
		{Flags: []string{"--no-stdout"}, Action: StoreTrue, Help: "Don't capture stdout."},
		{Flags: []string{"--no-display"}, Action: StoreTrue, Help: "Don't capture IPython's rich display."},
	},
}

// captureMagic is %%capture [output]: run the cell with its output caught,
// and bind what was caught to output.
func captureMagic(sh *Shell, line, cell string) (any, error) {
	args, err := captureArgs.Parse(line)
	if err != nil {
		return nil, err
	}
	var runErr error
	io, err := sh.Interp.Capture(func() error {
		runErr = sh.RunCell(cell, sh.cellFilename())
		return runErr
	}, !args.Bool("no_stdout"), !args.Bool("no_stderr"), !args.Bool("no_display"))
	if err != nil && err != runErr {
		return nil, err
	}
	if name := args.Str("output"); name != "" {
		if serr := sh.Interp.SetVar(name, io); serr != nil {
			return nil, serr
		}
	}
	return nil, runErr
}

var historyArgs = &ArgParser{
	Prog:        "%history",
	Description: "Print input history (_i<n> variables), with most recent last.\n\nBy default, input history is printed without line numbers so it can be\ndirectly pasted into an editor. Ranges are N, N-M (inclusive) or N:M\n(exclusive of M).",
	Args: []Arg{
		{Flags: []string{"-n"}, Action: StoreTrue, Help: "print line numbers for each input."},
		{Flags: []string{"-o"}, Action: StoreTrue, Help: "also print outputs for each input."},
		{Flags: []string{"-p"}, Action: StoreTrue, Help: "print classic '>>>' python prompts before each input."},
		{Flags: []string{"-l"}, Action: StoreTrue, Help: "get the last n lines (default 10) of the history."},
		{Flags: []string{"-g"}, Metavar: "PATTERN", Help: "search the history for a glob pattern."},
		{Flags: []string{"range"}, Nargs: "*"},
	},
}

// historyMagic is %history [-n] [-o] [-p] [-l N] [range ...] of this
// session, printed as IPython prints it.
func historyMagic(sh *Shell, line string) (any, error) {
	// -l takes an optional number: "-l" alone means the last 10.
	line, last := cutLastOpt(line)
	args, err := historyArgs.Parse(line)
	if err != nil {
		return nil, err
	}
	if sh.History == nil {
		return nil, &UsageError{Msg: "history is not available"}
	}
	var entries []HistoryEntry
	switch {
	case last >= 0:
		all := sh.History.Range(1, 0)
		entries = all[max(0, len(all)-last):]
	case len(args.List("range")) == 0:
		entries = sh.History.Range(1, 0)
	default:
		for _, r := range args.List("range") {
			start, stop, ok := parseHistoryRange(r)
			if !ok {
				continue
			}
			entries = append(entries, sh.History.Range(start, stop)...)
		}
	}
	if pat := args.Str("g"); pat != "" {
		var kept []HistoryEntry
		for _, e := range entries {
			if globMatch(pat, e.Input) {
				kept = append(kept, e)
			}
		}
		entries = kept
	}
	width := len(strconv.Itoa(maxLine(entries)))
	var b strings.Builder
	for _, e := range entries {
		in := e.Input
		multiline := strings.Contains(strings.TrimRight(in, "\n"), "\n")
		if args.Bool("n") {
			fmt.Fprintf(&b, "%*d:", width, e.Line)
			if multiline {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		if args.Bool("p") {
			in = ">>> " + strings.ReplaceAll(strings.TrimRight(in, "\n"), "\n", "\n... ")
			if multiline {
				in += "\n"
			}
		}
		b.WriteString(strings.TrimRight(in, "\n") + "\n")
		if args.Bool("o") && e.Output != nil {
			b.WriteString(*e.Output + "\n")
		}
	}
	fmt.Fprint(sh.stdout(), b.String())
	return nil, nil
}

func maxLine(es []HistoryEntry) int {
	m := 0
	for _, e := range es {
		m = max(m, e.Line)
	}
	return m
}

// cutLastOpt takes "-l [N]" out of a %history line: N, 10 for a bare
// -l, or -1 when there is no -l.
func cutLastOpt(line string) (string, int) {
	words := strings.Fields(line)
	for i, w := range words {
		if w != "-l" {
			continue
		}
		n := 10
		rest := append([]string{}, words[:i]...)
		if i+1 < len(words) {
			if v, err := strconv.Atoi(words[i+1]); err == nil {
				n = v
				rest = append(rest, words[i+2:]...)
				return strings.Join(rest, " "), n
			}
		}
		rest = append(rest, words[i+1:]...)
		return strings.Join(rest, " "), n
	}
	return line, -1
}

// parseHistoryRange reads "N", "N-M" (M included) or "N:M" (M excluded)
// as a start and stop for History.Range.
func parseHistoryRange(s string) (int, int, bool) {
	if a, b, ok := strings.Cut(s, "-"); ok {
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		return start, end + 1, err1 == nil && err2 == nil
	}
	if a, b, ok := strings.Cut(s, ":"); ok {
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		return start, end, err1 == nil && err2 == nil
	}
	n, err := strconv.Atoi(s)
	return n, n + 1, err == nil
}

// globMatch is sqlite's GLOB as IPython's history search uses it, with
// IPython's implicit "*" on both sides: * and ? match any characters,
// newlines included.
func globMatch(pattern, s string) bool {
	pattern = "*" + pattern + "*"
	p, t := []rune(pattern), []rune(s)
	var match func(i, j int) bool
	match = func(i, j int) bool {
		for i < len(p) {
			switch p[i] {
			case '*':
				for k := j; k <= len(t); k++ {
					if match(i+1, k) {
						return true
					}
				}
				return false
			case '?':
				if j >= len(t) {
					return false
				}
			default:
				if j >= len(t) || t[j] != p[i] {
					return false
				}
			}
			i++
			j++
		}
		return j == len(t)
	}
	return match(0, 0)
}
