package py

// SetLen sets the length of a list's items to n, within their capacity
// (the caller checks). The array pointer and capacity are not rewritten
// (the compiler drops a slice's self-assignment), so
// `l.SetLen(n + 1); l.Items()[n] = v` appends to a list with room
// behind one write barrier instead of append's three.
func (l *List) SetLen(n int) { l.items = l.items[:n] }
