package magics

import (
	"fmt"
	"strings"
)

// Action is what an option does with what follows it (argparse's action).
type Action int

const (
	Store      Action = iota // takes one value; a positional takes one word
	StoreTrue                // a flag
	StoreFalse               // a flag that clears its default of true
	Append                   // takes one value, every time it is given
	Count                    // counts how often it is given
)

// Arg declares one argument of a magic, as IPython's
// @magic_arguments.argument does: option strings ("-a", "--annotate")
// or, for a positional, its name.
type Arg struct {
	Flags   []string
	Dest    string // default: the long name (dashes to underscores) or the positional's name
	Action  Action
	Nargs   string // positional only: "" (exactly one), "?", "*"
	Default string
	Metavar string
	Help    string
}

// ArgParser is a declarative magic-argument parser (IPython's
// magic_arguments, which wraps argparse): the line is split with
// arg_split, options may come anywhere, and errors are UsageErrors with
// argparse's messages.
type ArgParser struct {
	Prog        string
	Description string
	Args        []Arg
}

// Parsed is a parse's result: each destination's values.
type Parsed map[string][]string

// Bool is a flag's value.
func (p Parsed) Bool(dest string) bool { v := p[dest]; return len(v) > 0 && v[0] == "True" }

// Str is a value, or "" when absent (None).
func (p Parsed) Str(dest string) string {
	if v := p[dest]; len(v) > 0 {
		return v[len(v)-1]
	}
	return ""
}

// List is every value of an Append option or "*" positional.
func (p Parsed) List(dest string) []string { return p[dest] }

func (a *Arg) positional() bool { return !strings.HasPrefix(a.Flags[0], "-") }

func (a *Arg) dest() string {
	if a.Dest != "" {
		return a.Dest
	}
	if a.positional() {
		return a.Flags[0]
	}
	name := a.Flags[0]
	for _, f := range a.Flags {
		if strings.HasPrefix(f, "--") {
			name = f
			break
		}
	}
	return strings.ReplaceAll(strings.TrimLeft(name, "-"), "-", "_")
}

// Parse parses a magic's line.
func (ap *ArgParser) Parse(line string) (Parsed, error) {
	words, err := ArgSplit(line, true)
	if err != nil {
		return nil, &UsageError{Msg: err.Error()}
	}
	out := Parsed{}
	for i := range ap.Args {
		a := &ap.Args[i]
		switch {
		case a.Action == StoreTrue:
			out[a.dest()] = []string{"False"}
		case a.Action == StoreFalse:
			out[a.dest()] = []string{"True"}
		case a.Default != "":
			out[a.dest()] = []string{a.Default}
		}
	}
	var positionals []string
	var unknown []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !strings.HasPrefix(w, "-") || w == "-" {
			positionals = append(positionals, w)
			continue
		}
		if w == "--" {
			positionals = append(positionals, words[i+1:]...)
			break
		}
		name, val, hasVal := strings.Cut(w, "=")
		a := ap.find(name)
		if a == nil && !strings.HasPrefix(w, "--") && len(w) > 2 {
			// -n10: a short option with its value attached.
			if a = ap.find(w[:2]); a != nil {
				name, val, hasVal = w[:2], w[2:], true
			}
		}
		if a == nil {
			unknown = append(unknown, w)
			continue
		}
		d := a.dest()
		switch a.Action {
		case StoreTrue:
			out[d] = []string{"True"}
		case StoreFalse:
			out[d] = []string{"False"}
		case Count:
			out[d] = append(out[d], "")
		default:
			if !hasVal {
				if i+1 >= len(words) || strings.HasPrefix(words[i+1], "-") && words[i+1] != "-" {
					return nil, ap.errorf("argument %s: expected one argument", strings.Join(a.Flags, "/"))
				}
				i++
				val = words[i]
			}
			if a.Action == Append {
				out[d] = append(out[d], val)
			} else {
				out[d] = []string{val}
			}
		}
	}
	for i := range ap.Args {
		a := &ap.Args[i]
		if !a.positional() {
			continue
		}
		switch a.Nargs {
		case "*":
			out[a.dest()] = positionals
			positionals = nil
		case "?":
			if len(positionals) > 0 {
				out[a.dest()], positionals = positionals[:1], positionals[1:]
			}
		default:
			if len(positionals) == 0 {
				return nil, ap.errorf("the following arguments are required: %s", a.Flags[0])
			}
			out[a.dest()], positionals = positionals[:1], positionals[1:]
		}
	}
	unknown = append(unknown, positionals...)
	if len(unknown) > 0 {
		return nil, ap.errorf("unrecognized arguments: %s", strings.Join(unknown, " "))
	}
	return out, nil
}

func (ap *ArgParser) find(flag string) *Arg {
	for i := range ap.Args {
		for _, f := range ap.Args[i].Flags {
			if f == flag && strings.HasPrefix(f, "-") {
				return &ap.Args[i]
			}
		}
	}
	return nil
}

func (ap *ArgParser) errorf(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// Usage is the usage line: "::\n\n  %prog [-a] [--run] name".
func (ap *ArgParser) Usage() string {
	parts := []string{ap.Prog}
	for _, a := range ap.Args {
		switch {
		case a.positional() && a.Nargs == "?":
			parts = append(parts, "["+a.Flags[0]+"]")
		case a.positional() && a.Nargs == "*":
			parts = append(parts, "["+a.Flags[0]+" ...]")
		case a.positional():
			parts = append(parts, a.Flags[0])
		case a.Action == StoreTrue || a.Action == StoreFalse || a.Action == Count:
			parts = append(parts, "["+a.Flags[0]+"]")
		default:
			parts = append(parts, "["+a.Flags[0]+" "+a.metavar()+"]")
		}
	}
	return strings.Join(parts, " ")
}

func (a *Arg) metavar() string {
	if a.Metavar != "" {
		return a.Metavar
	}
	return strings.ToUpper(a.dest())
}

// Doc is the docstring magic_arguments builds: usage, description, and
// the arguments with their help, in IPython's layout.
func (ap *ArgParser) Doc() string {
	var b strings.Builder
	fmt.Fprintf(&b, "::\n\n  %s\n\n%s\n", ap.Usage(), ap.Description)
	var pos, opt []Arg
	for _, a := range ap.Args {
		if a.positional() {
			pos = append(pos, a)
		} else {
			opt = append(opt, a)
		}
	}
	section := func(title string, args []Arg) {
		if len(args) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s:\n", title)
		for _, a := range args {
			names := strings.Join(a.Flags, ", ")
			if !a.positional() && a.Action != StoreTrue && a.Action != StoreFalse && a.Action != Count {
				var fs []string
				for _, f := range a.Flags {
					fs = append(fs, f+" "+a.metavar())
				}
				names = strings.Join(fs, ", ")
			}
			fmt.Fprintf(&b, "  %s\n", names)
			if a.Help != "" {
				fmt.Fprintf(&b, "                        %s\n", a.Help)
			}
		}
	}
	section("positional arguments", pos)
	section("options", opt)
	return b.String()
}
