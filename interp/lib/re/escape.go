package remod

import "strconv"

var simpleEscapes = map[rune]rune{'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': '\\'}

var catEscapes = map[rune]int{'d': catDigit, 'D': catNotDigit, 'w': catWord, 'W': catNotWord, 's': catSpace, 'S': catNotSpace}

func isASCIILetter(c rune) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func isOct(c rune) bool { return c >= '0' && c <= '7' }

func isHex(c rune) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// hexEscape reads exactly n hex digits after \x, \u or \U.
func (p *parser) hexEscape(start int, n int) rune {
	k := p.i
	for p.i < len(p.src) && p.i-k < n && isHex(p.src[p.i]) {
		p.i++
	}
	if p.i-k < n {
		p.fail(start, "incomplete escape %s", string(p.src[start:p.i]))
	}
	v, _ := strconv.ParseUint(string(p.src[k:p.i]), 16, 32)
	if v > 0x10ffff {
		p.fail(start, "bad escape %s", string(p.src[start:p.i]))
	}
	return rune(v)
}

// octal reads up to max more octal digits after the first one at p.i.
func (p *parser) octal(start, max int) rune {
	k := p.i
	for p.i < len(p.src) && p.i-k < max && isOct(p.src[p.i]) {
		p.i++
	}
	v, _ := strconv.ParseUint(string(p.src[k:p.i]), 8, 32)
	if v > 0o377 {
		p.fail(start, "octal escape value %s outside of range 0-0o377", string(p.src[start:p.i]))
	}
	return rune(v)
}

// classEscape is an escape inside [...]: a character, or a category
// (cat >= 0).
func (p *parser) classEscape() (r rune, cat int) {
	start := p.i
	p.i++
	if !p.more() {
		p.fail(start, "bad escape (end of pattern)")
	}
	c := p.src[p.i]
	p.i++
	if k, ok := catEscapes[c]; ok {
		return 0, k
	}
	if s, ok := simpleEscapes[c]; ok {
		return s, -1
	}
	switch {
	case c == 'x':
		return p.hexEscape(start, 2), -1
	case (c == 'u' || c == 'U') && !p.isBytes:
		n := 4
		if c == 'U' {
			n = 8
		}
		return p.hexEscape(start, n), -1
	case isOct(c):
		p.i--
		return p.octal(start, 3), -1
	case c >= '0' && c <= '9' || isASCIILetter(c):
		p.fail(start, "bad escape %s", string(p.src[start:p.i]))
	}
	return c, -1
}

// escape is an escape outside a class.
func (p *parser) escape() *node {
	start := p.i
	if p.i+1 >= len(p.src) {
		p.fail(start, "bad escape (end of pattern)")
	}
	c := p.src[p.i+1]
	switch c {
	case 'A':
		p.i += 2
		return &node{kind: nAt, at: atBeginString}
	case 'Z':
		p.i += 2
		return &node{kind: nAt, at: atEndString}
	case 'b':
		p.i += 2
		return &node{kind: nAt, at: atBoundary}
	case 'B':
		p.i += 2
		return &node{kind: nAt, at: atNonBoundary}
	}
	if c >= '1' && c <= '9' {
		p.i++
		// Three octal digits make a character; otherwise up to two
		// digits are a group reference.
		if p.i+2 < len(p.src) && isOct(c) && isOct(p.src[p.i+1]) && isOct(p.src[p.i+2]) {
			return &node{kind: nLit, r: p.octal(start, 3)}
		}
		k := p.i
		p.i++
		if p.more() && p.src[p.i] >= '0' && p.src[p.i] <= '9' {
			p.i++
		}
		g, _ := strconv.Atoi(string(p.src[k:p.i]))
		if g > p.groups {
			p.fail(start+1, "invalid group reference %d", g)
		}
		if p.open[g] {
			p.fail(start, "cannot refer to an open group")
		}
		return &node{kind: nBackref, idx: g}
	}
	if c == '0' {
		p.i++
		return &node{kind: nLit, r: p.octal(start, 3)}
	}
	r, cat := p.classEscape()
	if cat >= 0 {
		return &node{kind: nClass, cats: []int{cat}}
	}
	return &node{kind: nLit, r: r}
}

// class parses [...] from its '['.
func (p *parser) class() *node {
	start := p.i
	p.i++
	n := &node{kind: nClass}
	if p.peek() == '^' {
		n.negate = true
		p.i++
	}
	first := true
	for {
		if !p.more() {
			p.fail(start, "unterminated character set")
		}
		c := p.peek()
		if c == ']' && !first {
			p.i++
			break
		}
		first = false
		itemStart := p.i
		lo, cat := p.classItem()
		if cat >= 0 {
			n.cats = append(n.cats, cat)
			if p.peek() == '-' && p.i+1 < len(p.src) && p.src[p.i+1] != ']' {
				p.fail(itemStart, "bad character range %s", string(p.src[itemStart:p.i+2]))
			}
			continue
		}
		if p.peek() == '-' && p.i+1 < len(p.src) && p.src[p.i+1] != ']' {
			p.i++
			hi, cat2 := p.classItem()
			if cat2 >= 0 || hi < lo {
				p.fail(itemStart, "bad character range %s", string(p.src[itemStart:p.i]))
			}
			n.ranges = append(n.ranges, rng{lo, hi})
			continue
		}
		if p.peek() == '-' && p.i+1 >= len(p.src) {
			p.fail(start, "unterminated character set")
		}
		n.ranges = append(n.ranges, rng{lo, lo})
	}
	return n
}

func (p *parser) classItem() (rune, int) {
	if p.peek() == '\\' {
		return p.classEscape()
	}
	c := p.peek()
	p.i++
	return c, -1
}
