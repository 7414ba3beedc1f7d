package pretty

import (
	"strings"
	"unicode/utf8"
)

// token is a buffered piece of output: *textTok or *breakTok.
type token interface {
	// emit writes the token and returns the new output column.
	emit(p *layout, col int) int
	size() int
}

type textTok struct {
	parts []string
	width int
}

func (x *textTok) emit(p *layout, col int) int {
	for _, s := range x.parts {
		p.out.WriteString(s)
	}
	return col + x.width
}

func (x *textTok) size() int { return x.width }

type breakTok struct {
	sep    string
	width  int
	indent int
	g      *group
}

// emit is Breakable.output: a breaking group turns the separator into a
// newline; the last pending breakable of a group that did not break takes
// the group out of the queue.
func (x *breakTok) emit(p *layout, col int) int {
	x.g.breaks = x.g.breaks[1:]
	if x.g.wantBreak {
		p.newline(x.indent)
		return x.indent
	}
	if len(x.g.breaks) == 0 {
		p.queue.remove(x.g)
	}
	p.out.WriteString(x.sep)
	return col + x.width
}

func (x *breakTok) size() int { return x.width }

type group struct {
	depth     int
	breaks    []*breakTok
	wantBreak bool
}

// groupQueue holds the groups with pending breakables by depth, so the
// outermost is broken first.
type groupQueue [][]*group

func (q *groupQueue) enq(g *group) {
	for g.depth > len(*q)-1 {
		*q = append(*q, nil)
	}
	(*q)[g.depth] = append((*q)[g.depth], g)
}

// deq is GroupQueue.deq, including its habit of deleting the group at the
// index counted from the end of the stack but applied from the front.
func (q *groupQueue) deq() *group {
	for d, stack := range *q {
		n := len(stack)
		for idx := 0; idx < n; idx++ {
			g := stack[n-1-idx]
			if len(g.breaks) > 0 {
				(*q)[d] = append(stack[:idx:idx], stack[idx+1:]...)
				g.wantBreak = true
				return g
			}
		}
		for _, g := range stack {
			g.wantBreak = true
		}
		(*q)[d] = stack[:0]
	}
	return nil
}

func (q *groupQueue) remove(g *group) {
	if g.depth >= len(*q) {
		return
	}
	stack := (*q)[g.depth]
	for i, x := range stack {
		if x == g {
			(*q)[g.depth] = append(stack[:i:i], stack[i+1:]...)
			return
		}
	}
}

// layout is PrettyPrinter: the buffer, the group stack and queue, and the
// current indentation.
type layout struct {
	out        strings.Builder
	maxWidth   int
	maxSeq     int
	outWidth   int
	bufWidth   int
	buf        []token
	stack      []*group
	queue      groupQueue
	indent     int
	newlineStr string
}

func newLayout(maxWidth, maxSeq int) *layout {
	root := &group{}
	p := &layout{maxWidth: maxWidth, maxSeq: maxSeq, stack: []*group{root}, newlineStr: "\n"}
	p.queue.enq(root)
	return p
}

func width(s string) int { return utf8.RuneCountInString(s) }

func (p *layout) newline(indent int) {
	p.out.WriteString(p.newlineStr)
	p.out.WriteString(strings.Repeat(" ", indent))
}

func (p *layout) breakOneGroup(g *group) {
	for len(g.breaks) > 0 {
		x := p.buf[0]
		p.buf = p.buf[1:]
		p.outWidth = x.emit(p, p.outWidth)
		p.bufWidth -= x.size()
	}
	for len(p.buf) > 0 {
		x, ok := p.buf[0].(*textTok)
		if !ok {
			break
		}
		p.buf = p.buf[1:]
		p.outWidth = x.emit(p, p.outWidth)
		p.bufWidth -= x.size()
	}
}

func (p *layout) breakOuterGroups() {
	for p.maxWidth < p.outWidth+p.bufWidth {
		g := p.queue.deq()
		if g == nil {
			return
		}
		p.breakOneGroup(g)
	}
}

// text adds literal text.
func (p *layout) text(s string) {
	w := width(s)
	if len(p.buf) == 0 {
		p.out.WriteString(s)
		p.outWidth += w
		return
	}
	last, ok := p.buf[len(p.buf)-1].(*textTok)
	if !ok {
		last = &textTok{}
		p.buf = append(p.buf, last)
	}
	last.parts = append(last.parts, s)
	last.width += w
	p.bufWidth += w
	p.breakOuterGroups()
}

// breakable adds a separator that becomes a newline if its group breaks.
func (p *layout) breakable(sep string) {
	w := width(sep)
	g := p.stack[len(p.stack)-1]
	if g.wantBreak {
		p.flush()
		p.newline(p.indent)
		p.outWidth = p.indent
		p.bufWidth = 0
		return
	}
	b := &breakTok{sep: sep, width: w, indent: p.indent, g: g}
	g.breaks = append(g.breaks, b)
	p.buf = append(p.buf, b)
	p.bufWidth += w
	p.breakOuterGroups()
}

// forceBreak is break_: an explicit newline at the current indentation.
func (p *layout) forceBreak() {
	if g := p.queue.deq(); g != nil {
		p.breakOneGroup(g)
	}
	p.flush()
	p.newline(p.indent)
	p.outWidth = p.indent
	p.bufWidth = 0
}

func (p *layout) beginGroup(indent int, open string) {
	if open != "" {
		p.text(open)
	}
	g := &group{depth: p.stack[len(p.stack)-1].depth + 1}
	p.stack = append(p.stack, g)
	p.queue.enq(g)
	p.indent += indent
}

func (p *layout) endGroup(dedent int, close string) {
	p.indent -= dedent
	g := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	if len(g.breaks) == 0 {
		p.queue.remove(g)
	}
	if close != "" {
		p.text(close)
	}
}

// flush writes out the buffer; like IPython it adds the emitted column to
// the output width rather than replacing it.
func (p *layout) flush() {
	for _, x := range p.buf {
		p.outWidth += x.emit(p, p.outWidth)
	}
	p.buf = p.buf[:0]
	p.bufWidth = 0
}

// overLimit is the check in _enumerate: past max_seq_length items the
// rest is written as ", ...".
func (p *layout) overLimit(idx int) bool {
	if p.maxSeq > 0 && idx >= p.maxSeq {
		p.text(",")
		p.breakable(" ")
		p.text("...")
		return true
	}
	return false
}
