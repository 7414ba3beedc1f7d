package remod

import (
	"fmt"
	"strconv"
	"strings"
)

// Flag bits, numbered as sre_constants.py numbers them.
const (
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagASCII      = 256
)

type nodeKind uint8

const (
	nLit     nodeKind = iota // one character r
	nAny                     // . (newline only with DOTALL)
	nClass                   // [...] or a category escape
	nSeq                     // subs one after another
	nAlt                     // one of subs, tried in order
	nGroup                   // capturing group idx around sub
	nRepeat                  // sub between min and max times
	nBackref                 // the text group idx matched
	nLook                    // lookahead/lookbehind around sub
	nAt                      // a zero-width position test
	nScoped                  // sub under (?flags-flags:...)
	nCond                    // (?(idx)subs[0]|subs[1])
)

// Position tests of nAt.
const (
	atBeginLine   = iota // ^
	atEndLine            // $
	atBeginString        // \A
	atEndString          // \Z
	atBoundary           // \b
	atNonBoundary        // \B
)

// Categories a class may hold (\d \D \w \W \s \S).
const (
	catDigit = iota
	catNotDigit
	catWord
	catNotWord
	catSpace
	catNotSpace
)

type rng struct{ lo, hi rune }

type node struct {
	kind     nodeKind
	r        rune
	ranges   []rng
	cats     []int
	negate   bool
	subs     []*node
	sub      *node
	idx      int
	min, max int // max < 0: unbounded
	lazy     bool
	behind   bool
	neg      bool
	width    int
	at       int
	on, off  int // nScoped's flag changes
}

// parseError is re.error's message and position.
type parseError struct {
	msg string
	pos int
}

// parser turns a pattern (as runes) into a node tree, checking it as
// sre_parse does so the same patterns fail with the same messages.
type parser struct {
	src       []rune
	i         int
	flags     int
	isBytes   bool
	groups    int
	names     map[string]int
	open      map[int]bool
	sawGlobal bool // a verbose flag turned on inline: reparse
}

func (p *parser) fail(pos int, format string, a ...any) {
	panic(parseError{fmt.Sprintf(format, a...), pos})
}

func (p *parser) more() bool { return p.i < len(p.src) }

func (p *parser) peek() rune {
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return -1
}

func (p *parser) verbose() bool { return p.flags&flagVerbose != 0 }

// skipVerbose steps over whitespace and comments in VERBOSE mode.
func (p *parser) skipVerbose() {
	for p.verbose() && p.more() {
		c := p.src[p.i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			p.i++
		} else if c == '#' {
			for p.more() && p.src[p.i] != '\n' {
				p.i++
			}
		} else {
			return
		}
	}
}

// parse compiles a whole pattern, returning the tree, the group count,
// the name table and the final flags (inline ones included).
func parse(src []rune, flags int, isBytes bool) (n *node, groups int, names map[string]int, outFlags int, perr *parseError) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			perr = &e
		}
	}()
	p := &parser{src: src, flags: flags, isBytes: isBytes, names: map[string]int{}, open: map[int]bool{}}
	n = p.alternation(0)
	if p.more() {
		if p.peek() == ')' {
			p.fail(p.i, "unbalanced parenthesis")
		}
		p.fail(p.i, "bad pattern")
	}
	if flags&flagVerbose == 0 && p.flags&flagVerbose != 0 {
		return parse(src, p.flags, isBytes)
	}
	return n, p.groups, p.names, p.flags, nil
}

// alternation parses a|b|... up to a ')' or the end.
func (p *parser) alternation(depth int) *node {
	var alts []*node
	for {
		alts = append(alts, p.sequence(depth))
		if p.peek() != '|' {
			break
		}
		p.i++
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return &node{kind: nAlt, subs: alts}
}

// sequence parses items with their repeats until '|', ')' or the end.
func (p *parser) sequence(depth int) *node {
	seq := &node{kind: nSeq}
	for {
		p.skipVerbose()
		if !p.more() {
			break
		}
		c := p.peek()
		if c == '|' || c == ')' {
			if c == ')' && depth == 0 {
				p.fail(p.i, "unbalanced parenthesis")
			}
			break
		}
		start := p.i
		var item *node
		switch c {
		case '*', '+', '?':
			p.fail(p.i, "nothing to repeat")
		case '{':
			if _, _, ok := p.repeatBounds(false); ok {
				p.fail(start, "nothing to repeat")
			}
			p.i++
			item = &node{kind: nLit, r: '{'}
		case '(':
			item = p.group(depth)
		case '[':
			item = p.class()
		case '.':
			p.i++
			item = &node{kind: nAny}
		case '^':
			p.i++
			item = &node{kind: nAt, at: atBeginLine}
		case '$':
			p.i++
			item = &node{kind: nAt, at: atEndLine}
		case '\\':
			item = p.escape()
		default:
			p.i++
			item = &node{kind: nLit, r: c}
		}
		if item == nil { // a comment or inline flags
			continue
		}
		item = p.repeats(item)
		seq.subs = append(seq.subs, item)
	}
	if len(seq.subs) == 1 {
		return seq.subs[0]
	}
	return seq
}

// repeatBounds reads {m,n} at p.i; ok is false when it is not a valid
// repeat (then '{' is a literal and p.i is left alone unless consume).
func (p *parser) repeatBounds(consume bool) (lo, hi int, ok bool) {
	j := p.i + 1
	readNum := func() (string, bool) {
		k := j
		for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
			j++
		}
		return string(p.src[k:j]), j > k
	}
	a, hasA := readNum()
	b := a
	hasB := hasA
	if j < len(p.src) && p.src[j] == ',' {
		j++
		b, hasB = readNum()
		if !hasB {
			b = ""
		}
	}
	if j >= len(p.src) || p.src[j] != '}' {
		return 0, 0, false
	}
	if j == p.i+1 {
		return 0, 0, false // "{}"
	}
	lo = 0
	if hasA {
		lo, _ = strconv.Atoi(a)
	}
	hi = -1
	if hasB {
		hi, _ = strconv.Atoi(b)
	}
	if consume {
		p.i = j + 1
	}
	return lo, hi, true
}

// repeats applies any quantifiers that follow item.
func (p *parser) repeats(item *node) *node {
	p.skipVerbose()
	if !p.more() {
		return item
	}
	c := p.peek()
	start := p.i
	var lo, hi int
	switch c {
	case '*':
		lo, hi = 0, -1
		p.i++
	case '+':
		lo, hi = 1, -1
		p.i++
	case '?':
		lo, hi = 0, 1
		p.i++
	case '{':
		var ok bool
		if lo, hi, ok = p.repeatBounds(true); !ok {
			return item
		}
		if hi >= 0 && hi < lo {
			p.fail(start+1, "min repeat greater than max repeat")
		}
	default:
		return item
	}
	if item.kind == nAt {
		p.fail(start, "nothing to repeat")
	}
	if item.kind == nRepeat {
		p.fail(start, "multiple repeat")
	}
	rep := &node{kind: nRepeat, sub: item, min: lo, max: hi}
	if p.peek() == '?' {
		p.i++
		rep.lazy = true
	}
	p.skipVerbose()
	if c := p.peek(); c == '*' || c == '+' || c == '?' {
		p.fail(p.i, "multiple repeat")
	} else if c == '{' {
		if _, _, ok := p.repeatBounds(false); ok {
			p.fail(p.i, "multiple repeat")
		}
	}
	return rep
}

// groupName reads a name up to term, checking it is an identifier.
func (p *parser) groupName(term rune, start int) string {
	k := p.i
	for p.more() && p.peek() != term {
		p.i++
	}
	if !p.more() {
		if p.i == k {
			p.fail(k, "missing group name")
		}
		p.fail(k, "missing %c, unterminated name", term)
	}
	name := string(p.src[k:p.i])
	p.i++
	if name == "" {
		p.fail(k, "missing group name")
	}
	if !isIdentifier(name) {
		p.fail(k, "bad character in group name %s", quoteName(name))
	}
	return name
}

func quoteName(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		return "\"" + s + "\""
	}
	return "'" + s + "'"
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || isLetter(r) || (i > 0 && isDecimal(r)) {
			continue
		}
		return false
	}
	return s != ""
}

// group parses everything from '(' to its ')'.
func (p *parser) group(depth int) *node {
	start := p.i
	p.i++
	capture := true
	var name string
	if p.peek() == '?' {
		p.i++
		c := p.peek()
		switch {
		case c == ':':
			p.i++
			capture = false
		case c == 'P':
			p.i++
			switch p.peek() {
			case '<':
				p.i++
				name = p.groupName('>', start)
			case '=':
				p.i++
				nameAt := p.i
				ref := p.groupName(')', start)
				g, ok := p.names[ref]
				if !ok {
					p.fail(nameAt, "unknown group name '%s'", ref)
				}
				if p.open[g] {
					p.fail(nameAt, "cannot refer to an open group")
				}
				return &node{kind: nBackref, idx: g}
			default:
				if !p.more() {
					p.fail(p.i, "unexpected end of pattern")
				}
				p.fail(start+1, "unknown extension ?P%c", p.peek())
			}
		case c == '#':
			for p.more() && p.peek() != ')' {
				p.i++
			}
			if !p.more() {
				p.fail(start, "missing ), unterminated comment")
			}
			p.i++
			return nil
		case c == '(':
			p.i++
			return p.conditional(start, depth)
		case c == '=' || c == '!':
			p.i++
			sub := p.alternation(depth + 1)
			p.close(start)
			return &node{kind: nLook, sub: sub, neg: c == '!'}
		case c == '<':
			p.i++
			d := p.peek()
			if d != '=' && d != '!' {
				if !p.more() {
					p.fail(p.i, "unexpected end of pattern")
				}
				p.fail(start+1, "unknown extension ?<%c", d)
			}
			p.i++
			sub := p.alternation(depth + 1)
			p.close(start)
			w, ok := fixedWidth(sub)
			if !ok {
				p.fail(-1, "look-behind requires fixed-width pattern")
			}
			return &node{kind: nLook, sub: sub, neg: d == '!', behind: true, width: w}
		case strings.ContainsRune("aiLmsux-", c) && c >= 0:
			return p.inlineFlags(start, depth)
		default:
			if !p.more() {
				p.fail(p.i, "unexpected end of pattern")
			}
			p.fail(p.i-1, "unknown extension ?%c", c)
		}
	}
	idx := 0
	if capture {
		p.groups++
		idx = p.groups
		if name != "" {
			if old, ok := p.names[name]; ok {
				p.fail(start+4, "redefinition of group name '%s' as group %d; was group %d", name, idx, old)
			}
			p.names[name] = idx
		}
		p.open[idx] = true
	}
	sub := p.alternation(depth + 1)
	p.close(start)
	if !capture {
		return sub
	}
	delete(p.open, idx)
	return &node{kind: nGroup, idx: idx, sub: sub}
}

func (p *parser) close(start int) {
	if p.peek() != ')' {
		p.fail(start, "missing ), unterminated subpattern")
	}
	p.i++
}

var flagLetters = map[rune]int{'a': flagASCII, 'i': flagIgnoreCase, 'L': flagLocale,
	'm': flagMultiline, 's': flagDotAll, 'u': flagUnicode, 'x': flagVerbose}

// inlineFlags handles (?aiLmsux) — applied to the whole pattern, as 3.7
// does (it only warns when they are not at the start) — and the scoped
// form (?i:...), which this subset also applies to the whole pattern.
func (p *parser) inlineFlags(start, depth int) *node {
	on := 0
	for p.more() && flagLetters[p.peek()] != 0 {
		on |= flagLetters[p.peek()]
		p.i++
	}
	if p.peek() == ')' {
		p.i++
		if on&flagLocale != 0 && !p.isBytes {
			p.fail(p.i-1, "bad inline flags: cannot use 'L' flag with a str pattern")
		}
		if on&flagUnicode != 0 && p.isBytes {
			p.fail(p.i-1, "bad inline flags: cannot use 'u' flag with a bytes pattern")
		}
		p.flags |= on
		return nil
	}
	off := 0
	if p.peek() == '-' {
		p.i++
		for p.more() && flagLetters[p.peek()] != 0 {
			off |= flagLetters[p.peek()]
			p.i++
		}
		if off == 0 {
			if !p.more() {
				p.fail(p.i, "missing flag")
			}
			p.fail(p.i, "unknown flag")
		}
	}
	if p.peek() != ':' {
		if p.peek() == ')' {
			p.fail(p.i, "missing :")
		}
		if !p.more() {
			p.fail(p.i, "missing -, : or )")
		}
		p.fail(p.i, "unknown flag")
	}
	p.i++
	outer := p.flags
	p.flags = (outer | on) &^ off
	sub := p.alternation(depth + 1)
	p.flags = outer
	p.close(start)
	return &node{kind: nScoped, sub: sub, on: on, off: off}
}

// fixedWidth is the single width every match of n has, if there is one.
func fixedWidth(n *node) (int, bool) {
	switch n.kind {
	case nLit, nAny, nClass:
		return 1, true
	case nAt, nLook:
		return 0, true
	case nScoped:
		return fixedWidth(n.sub)
	case nCond:
		a, ok := fixedWidth(n.subs[0])
		b, ok2 := fixedWidth(n.subs[1])
		return a, ok && ok2 && a == b
	case nBackref:
		return 0, false
	case nGroup:
		return fixedWidth(n.sub)
	case nSeq:
		t := 0
		for _, s := range n.subs {
			w, ok := fixedWidth(s)
			if !ok {
				return 0, false
			}
			t += w
		}
		return t, true
	case nAlt:
		w0 := -1
		for _, s := range n.subs {
			w, ok := fixedWidth(s)
			if !ok || (w0 >= 0 && w != w0) {
				return 0, false
			}
			w0 = w
		}
		return w0, true
	case nRepeat:
		if n.max != n.min {
			return 0, false
		}
		w, ok := fixedWidth(n.sub)
		return w * n.min, ok
	}
	return 0, false
}

// conditional parses (?(group)yes|no) after its "(?(".
func (p *parser) conditional(start, depth int) *node {
	nameAt := p.i
	for p.more() && p.peek() != ')' {
		p.i++
	}
	if !p.more() {
		p.fail(nameAt, "missing ), unterminated name")
	}
	ref := string(p.src[nameAt:p.i])
	p.i++
	if ref == "" {
		p.fail(nameAt, "missing group name")
	}
	g, ok := p.names[ref]
	if !ok && isIdentifier(ref) {
		p.fail(nameAt, "unknown group name '%s'", ref)
	}
	if !ok {
		n, err := strconv.Atoi(ref)
		if err != nil || n < 0 || !isASCIIDigits(ref) {
			p.fail(nameAt, "bad character in group name %s", quoteName(ref))
		}
		if n == 0 {
			p.fail(nameAt, "bad group number")
		}
		if n >= 100 {
			p.fail(nameAt, "invalid group reference %d", n)
		}
		g = n
	}
	yes := p.sequence(depth + 1)
	no := &node{kind: nSeq}
	if p.peek() == '|' {
		p.i++
		no = p.sequence(depth + 1)
		if p.peek() == '|' {
			p.fail(p.i, "conditional backref with more than two branches")
		}
	}
	p.close(start)
	if g > p.groups {
		p.fail(nameAt, "invalid group reference %d", g)
	}
	return &node{kind: nCond, idx: g, subs: []*node{yes, no}}
}

func isASCIIDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
