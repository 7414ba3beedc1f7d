package remod

// matcher holds one match attempt: the text, the flags the pattern was
// compiled with, and the capture state that backtracking saves and
// restores around each group.
type matcher struct {
	s         []rune
	end       int // endpos: the text is treated as ending here
	flags     int
	isBytes   bool
	icase     bool
	multiline bool
	dotall    bool
	ascii     bool
	caps      []int // 2 per group: start, end (-1 when unset)
	lastindex int
	steps     int
}

// maxDepth bounds the continuation chain so that pathological patterns
// fail with an error instead of exhausting the Go stack.
const maxDepth = 2_000_000

type cont func(i int) bool

// setFlags switches the flags in force (scoped flags change them inside
// their group).
func (m *matcher) setFlags(f int) {
	m.flags = f
	m.icase = f&flagIgnoreCase != 0
	m.multiline = f&flagMultiline != 0
	m.dotall = f&flagDotAll != 0
	m.ascii = f&flagASCII != 0 || m.isBytes
}

func (m *matcher) scoped(n *node, i int, k cont) bool {
	old := m.flags
	m.setFlags((old | n.on) &^ n.off)
	ok := m.match(n.sub, i, func(j int) bool {
		inner := m.flags
		m.setFlags(old)
		if k(j) {
			return true
		}
		m.setFlags(inner)
		return false
	})
	m.setFlags(old)
	return ok
}

func (m *matcher) one(n *node, c rune) bool {
	switch n.kind {
	case nLit:
		if m.icase {
			return foldEq(c, n.r, m.ascii)
		}
		return c == n.r
	case nAny:
		return m.dotall || c != '\n'
	case nClass:
		return classMatch(n, c, m.icase, m.ascii)
	}
	return false
}

func (m *matcher) word(i int) bool {
	return i >= 0 && i < m.end && isWord(m.s[i], m.ascii)
}

func (m *matcher) at(kind, i int) bool {
	switch kind {
	case atBeginLine:
		return i == 0 || (m.multiline && m.s[i-1] == '\n')
	case atEndLine:
		if i == m.end || (i+1 == m.end && m.s[i] == '\n') {
			return true
		}
		return m.multiline && m.s[i] == '\n'
	case atBeginString:
		return i == 0
	case atEndString:
		return i == m.end
	case atBoundary:
		return m.end > 0 && m.word(i-1) != m.word(i)
	case atNonBoundary:
		return m.end > 0 && m.word(i-1) == m.word(i)
	}
	return false
}

func single(n *node) bool { return n.kind == nLit || n.kind == nAny || n.kind == nClass }

// match tries n at i and, for each way it matches, calls k with the end;
// it returns true as soon as k does.
func (m *matcher) match(n *node, i int, k cont) bool {
	switch n.kind {
	case nLit, nAny, nClass:
		if i < m.end && m.one(n, m.s[i]) {
			return k(i + 1)
		}
		return false
	case nSeq:
		return m.seq(n.subs, i, k)
	case nAlt:
		for _, a := range n.subs {
			if m.match(a, i, k) {
				return true
			}
		}
		return false
	case nGroup:
		return m.group(n, i, k)
	case nRepeat:
		if single(n.sub) {
			return m.repeatOne(n, i, k)
		}
		if n.lazy {
			return m.lazy(n, 0, i, k)
		}
		return m.greedy(n, 0, i, k)
	case nBackref:
		s, e := m.caps[2*n.idx], m.caps[2*n.idx+1]
		if s < 0 || e < 0 {
			return false
		}
		if i+e-s > m.end {
			return false
		}
		for j := 0; j < e-s; j++ {
			a, b := m.s[i+j], m.s[s+j]
			if a != b && !(m.icase && foldEq(a, b, m.ascii)) {
				return false
			}
		}
		return k(i + e - s)
	case nAt:
		if m.at(n.at, i) {
			return k(i)
		}
		return false
	case nLook:
		return m.look(n, i, k)
	case nScoped:
		return m.scoped(n, i, k)
	case nCond:
		if m.caps[2*n.idx+1] >= 0 {
			return m.match(n.subs[0], i, k)
		}
		return m.match(n.subs[1], i, k)
	}
	return false
}

func (m *matcher) seq(subs []*node, i int, k cont) bool {
	if len(subs) == 0 {
		return k(i)
	}
	if len(subs) == 1 {
		return m.match(subs[0], i, k)
	}
	n := subs[0]
	if single(n) {
		if i < m.end && m.one(n, m.s[i]) {
			return m.seq(subs[1:], i+1, k)
		}
		return false
	}
	return m.match(n, i, func(j int) bool { return m.seq(subs[1:], j, k) })
}

func (m *matcher) group(n *node, i int, k cont) bool {
	return m.match(n.sub, i, func(j int) bool {
		os, oe, ol := m.caps[2*n.idx], m.caps[2*n.idx+1], m.lastindex
		m.caps[2*n.idx], m.caps[2*n.idx+1] = i, j
		m.lastindex = n.idx
		if k(j) {
			return true
		}
		m.caps[2*n.idx], m.caps[2*n.idx+1], m.lastindex = os, oe, ol
		return false
	})
}

// repeatOne is a repeat of one-character items: count the run once,
// then hand out the ends longest (greedy) or shortest (lazy) first.
func (m *matcher) repeatOne(n *node, i int, k cont) bool {
	limit := m.end - i
	if n.max >= 0 && n.max < limit {
		limit = n.max
	}
	if n.lazy {
		for c := 0; c <= limit; c++ {
			if c > 0 && !m.one(n.sub, m.s[i+c-1]) {
				return false
			}
			if c >= n.min && k(i+c) {
				return true
			}
		}
		return false
	}
	c := 0
	for c < limit && m.one(n.sub, m.s[i+c]) {
		c++
	}
	for ; c >= n.min; c-- {
		if k(i + c) {
			return true
		}
	}
	return false
}

// greedy tries one more iteration before giving up to k; an iteration
// that matches empty ends the loop (keeping what it captured), as in
// sre, so x** cannot spin.
func (m *matcher) greedy(n *node, count, i int, k cont) bool {
	m.steps++
	if m.steps > maxDepth {
		panic(errTooDeep)
	}
	defer func() { m.steps-- }()
	if n.max < 0 || count < n.max {
		if m.match(n.sub, i, func(j int) bool {
			if j == i && count >= n.min {
				return k(j)
			}
			return m.greedy(n, count+1, j, k)
		}) {
			return true
		}
	}
	return count >= n.min && k(i)
}

func (m *matcher) lazy(n *node, count, i int, k cont) bool {
	m.steps++
	if m.steps > maxDepth {
		panic(errTooDeep)
	}
	defer func() { m.steps-- }()
	if count >= n.min && k(i) {
		return true
	}
	if n.max >= 0 && count >= n.max {
		return false
	}
	return m.match(n.sub, i, func(j int) bool {
		if j == i && count >= n.min {
			return k(j)
		}
		return m.lazy(n, count+1, j, k)
	})
}

func (m *matcher) look(n *node, i int, k cont) bool {
	start := i
	if n.behind {
		start = i - n.width
		if start < 0 {
			return n.neg && k(i)
		}
	}
	saved := append([]int(nil), m.caps...)
	savedLast := m.lastindex
	ok := m.match(n.sub, start, func(j int) bool { return !n.behind || j == i })
	if n.neg {
		copy(m.caps, saved)
		m.lastindex = savedLast
		if ok {
			return false
		}
		return k(i)
	}
	if !ok {
		return false
	}
	if k(i) {
		return true
	}
	copy(m.caps, saved)
	m.lastindex = savedLast
	return false
}

type tooDeep struct{}

var errTooDeep = tooDeep{}

// run makes one attempt (anchored at pos) or a search from pos; mode is
// 0 match, 1 search, 2 fullmatch. mustAdvance rejects an empty match at
// pos, which is how the scanning functions step past empty matches.
func (p *prog) run(s []rune, pos, endpos, mode int, mustAdvance bool) ([]int, int, bool) {
	m := &matcher{s: s, end: endpos, isBytes: p.isBytes, caps: make([]int, 2*(p.groups+1))}
	var result []int
	start := pos
	top := func(j int) bool {
		if mode == 2 && j != endpos {
			return false
		}
		if mustAdvance && j == pos {
			return false
		}
		m.caps[0], m.caps[1] = start, j
		result = append([]int(nil), m.caps...)
		return true
	}
	m.setFlags(p.flags)
	for ; start <= endpos; start++ {
		// A search skips the places where the first character cannot
		// match without setting up an attempt.
		if mode == 1 && p.first != nil {
			for start < endpos && !m.one(p.first, s[start]) {
				start++
			}
			if start == endpos {
				break
			}
		}
		for i := range m.caps {
			m.caps[i] = -1
		}
		m.lastindex = -1
		if m.match(p.root, start, top) {
			return result, m.lastindex, true
		}
		if mode != 1 {
			break
		}
	}
	return nil, 0, false
}

// firstChar is a one-character node every match must begin with, if the
// pattern has one; searches use it to skip hopeless starting points.
func firstChar(n *node) *node {
	switch n.kind {
	case nLit, nClass, nAny:
		return n
	case nGroup:
		return firstChar(n.sub)
	case nSeq:
		if len(n.subs) > 0 {
			return firstChar(n.subs[0])
		}
	case nRepeat:
		if n.min > 0 {
			return firstChar(n.sub)
		}
	}
	return nil
}
