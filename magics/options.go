package magics

import (
	"fmt"
	"strings"
)

// UsageError is IPython's UsageError: a magic was called wrongly. The
// kernel shows it as one stderr line, "UsageError: " + message, and no
// traceback.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Text is the line IPython prints for it.
func (e *UsageError) Text() string { return "UsageError: " + e.Msg }

func usageErrorf(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// ArgSplit is IPython's arg_split(s, posix=False, strict): shlex in
// non-POSIX mode with whitespace splitting and no comments. Quotes stay in
// the words; a quote at the start of a word makes the word run to the
// matching quote and end there. With strict false an unclosed quote is not
// an error: the rest of the text becomes the last word.
func ArgSplit(s string, strict bool) ([]string, error) {
	var words []string
	i := 0
	isWS := func(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
	for {
		for i < len(s) && isWS(s[i]) {
			i++
		}
		if i >= len(s) {
			return words, nil
		}
		start := i
		if q := s[i]; q == '\'' || q == '"' {
			end := strings.IndexByte(s[i+1:], q)
			if end < 0 {
				if strict {
					return words, fmt.Errorf("No closing quotation")
				}
				return append(words, s[start:]), nil
			}
			i += end + 2
			words = append(words, s[start:i])
			continue
		}
		for i < len(s) && !isWS(s[i]) {
			i++
		}
		words = append(words, s[start:i])
	}
}

// Options holds parsed short options: each present option's values in the
// order given (a flag's value is ""). IPython's Struct turns a repeated
// option into a list; here every option is a list.
type Options map[string][]string

// Has reports whether option o was given.
func (o Options) Has(name string) bool { _, ok := o[name]; return ok }

// Get is the option's last value, or def when it is absent.
func (o Options) Get(name, def string) string {
	if v, ok := o[name]; ok {
		return v[len(v)-1]
	}
	return def
}

// OptionsConfig is parse_options' keyword arguments that IPython's own
// magics use.
type OptionsConfig struct {
	Posix           bool // only false (IPython's default on Windows, and %timeit's choice) is supported
	Strict          bool
	PreserveNonOpts bool
}

// ParseOptions is Magics.parse_options(line, spec, **cfg) in "string" mode:
// getopt-style short options (spec "n:r:tcp:qo": a letter, and ":" when it
// takes a value), stopping at the first word that is not an option. The
// rest is returned as a string: with PreserveNonOpts, the line with each
// option letter and value cut out once, in order, as IPython does (which is
// what keeps %timeit's statement text intact); otherwise the remaining
// words joined by spaces.
func ParseOptions(line, spec string, cfg OptionsConfig) (Options, string, error) {
	// IPython prefixes the magic's default options (none here) and a space.
	line = " " + line
	opts := Options{}
	rest := line
	if len(strings.Fields(line)) == 0 {
		if cfg.PreserveNonOpts {
			return opts, strings.TrimLeft(rest, " \t\n\r\v\f"), nil
		}
		return opts, "", nil
	}
	argv, err := ArgSplit(line, cfg.Strict)
	if err != nil {
		return nil, "", err
	}
	type pair struct{ opt, val string }
	var got []pair
	args := argv
	for len(args) > 0 && strings.HasPrefix(args[0], "-") && args[0] != "-" {
		if args[0] == "--" {
			args = args[1:]
			break
		}
		if strings.HasPrefix(args[0], "--") {
			return nil, "", usageErrorf("option %s not recognized ( allowed: \"%s\" )", args[0], spec)
		}
		letters := args[0][1:]
		args = args[1:]
		for letters != "" {
			o := letters[:1]
			letters = letters[1:]
			i := strings.Index(spec, o)
			if o == ":" || i < 0 {
				return nil, "", usageErrorf("option -%s not recognized ( allowed: \"%s\" )", o, spec)
			}
			val := ""
			if strings.HasPrefix(spec[i+1:], ":") {
				if letters == "" {
					if len(args) == 0 {
						return nil, "", usageErrorf("option -%s requires argument ( allowed: \"%s\" )", o, spec)
					}
					letters, args = args[0], args[1:]
				}
				val, letters = letters, ""
			}
			got = append(got, pair{"-" + o, val})
		}
	}
	for _, p := range got {
		if cfg.PreserveNonOpts {
			rest = strings.Replace(rest, p.opt, "", 1)
			if p.val != "" {
				rest = strings.Replace(rest, p.val, "", 1)
			}
		}
		opts[p.opt[1:]] = append(opts[p.opt[1:]], p.val)
	}
	if cfg.PreserveNonOpts {
		return opts, strings.TrimLeft(rest, " \t\n\r\v\f"), nil
	}
	return opts, strings.Join(args, " "), nil
}
