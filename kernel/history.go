package kernel

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/kernel/wire"
)

// History is the record of cells run with store_history, one session
// (numbered 1) for the kernel's life. It is the one copy a kernel keeps:
// history_request reads it, and an engine that implements HistoryKeeper
// writes cells into it as it runs them, sharing the text with In[n]
// (package engine does). An engine that does not is served by the
// kernel, which records each stored cell's text once it has run.
//
// A kernel runs cells for days, so a line costs four bytes and a bit,
// in chunks that are never copied or regrown: the number of its text in
// a table of texts, where a text the history saw recently (a cell run
// again, a result shown again) is kept once. A cell's text is kept as
// the Python it ran (what In[n] holds), and the text the frontend sent
// is derived from it: IPython's input transformation of a cell without
// magics only adds the final newline. Results (history with output) are
// kept only for cells that had one, and the rare other translations
// (magics) in a map.
type History struct {
	mu      sync.Mutex
	chunks  []*histChunk
	n       int              // lines recorded: the last line number
	outputs []histOutput     // in line order
	other   map[int32]string // raw text of lines whose translation is not raw+"\n" or raw
	texts   textTable
}

const histChunkLen = 512

type histChunk struct {
	text  [histChunkLen]uint32      // textTable number, 0 when the line was not recorded
	added [histChunkLen / 64]uint64 // text is the raw text plus "\n"
}

type histOutput struct {
	line int32
	text uint32
}

// textTable numbers texts from 1. A text equal to one of the last
// recentTexts it numbered gets that number again, so rerun cells and
// repeated results cost no more text.
type textTable struct {
	texts  []string
	recent map[string]uint32
	ring   [recentTexts]string
	next   int
}

const recentTexts = 32

// id is text's number.
func (t *textTable) id(text string) uint32 {
	if id, ok := t.recent[text]; ok {
		return id
	}
	t.texts = append(t.texts, text)
	id := uint32(len(t.texts))
	if t.recent == nil {
		t.recent = make(map[string]uint32, recentTexts)
	}
	if len(t.recent) == recentTexts {
		delete(t.recent, t.ring[t.next])
	}
	t.recent[text] = id
	t.ring[t.next] = text
	t.next = (t.next + 1) % recentTexts
	return id
}

// text is the text numbered id.
func (t *textTable) text(id uint32) string { return t.texts[id-1] }

// HistoryKeeper is an Engine that records stored cells into a History
// of its own; the kernel answers history_request from it.
type HistoryKeeper interface {
	History() *History
}

// historyEntry is one line of a history_request answer.
type historyEntry struct {
	line   int
	input  string
	output *string // nil when the cell had no result
}

// currentSession is the session number this kernel's cells belong to;
// IPython also answers session 0 with the current one.
const currentSession = 1

// NewHistory returns an empty history.
func NewHistory() *History { return &History{} }

func newHistory() *History { return NewHistory() }

// at is where line is kept, growing the history to reach it; mu is held.
func (h *History) at(line int) (c *histChunk, i int, bit uint64) {
	for h.n < line {
		if h.n%histChunkLen == 0 {
			h.chunks = append(h.chunks, new(histChunk))
		}
		h.n++
	}
	i = (line - 1) % histChunkLen
	return h.chunks[(line-1)/histChunkLen], i, 1 << (i % 64)
}

// Add records input as line (an execution count, from 1), run as it
// is; lines skipped stay empty, as IPython's do.
func (h *History) Add(line int, input string) { h.AddCell(line, input, input) }

// AddCell records a cell as sent (raw) and as the Python it became
// (translated, In[n]). Keep translated's bytes: raw is usually a prefix
// of them.
func (h *History) AddCell(line int, raw, translated string) {
	if line < 1 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	c, i, bit := h.at(line)
	c.text[i] = h.texts.id(translated)
	c.added[i/64] &^= bit
	delete(h.other, int32(line))
	switch {
	case translated == raw:
	case len(translated) == len(raw)+1 && translated[len(raw)] == '\n' && translated[:len(raw)] == raw:
		c.added[i/64] |= bit
	default:
		if h.other == nil {
			h.other = map[int32]string{}
		}
		h.other[int32(line)] = raw
	}
}

// SetOutput records the text/plain of line's result.
func (h *History) SetOutput(line int, text string) {
	if line < 1 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	id := h.texts.id(text)
	if k := len(h.outputs); k > 0 && int(h.outputs[k-1].line) >= line {
		if i, ok := h.outputIndex(line); ok {
			h.outputs[i].text = id
			return
		}
		// Out of order: lines only go up, but keep the order if not.
		i, _ := h.outputIndex(line)
		h.outputs = append(h.outputs, histOutput{})
		copy(h.outputs[i+1:], h.outputs[i:])
		h.outputs[i] = histOutput{int32(line), id}
		return
	}
	h.outputs = append(h.outputs, histOutput{int32(line), id})
}

// outputIndex is where line's output is or would go; mu is held.
func (h *History) outputIndex(line int) (int, bool) {
	i := sort.Search(len(h.outputs), func(i int) bool { return int(h.outputs[i].line) >= line })
	return i, i < len(h.outputs) && int(h.outputs[i].line) == line
}

// get is line's texts; mu is held.
func (h *History) get(line int) (raw, translated string, ok bool) {
	if line < 1 || line > h.n {
		return "", "", false
	}
	i := (line - 1) % histChunkLen
	c := h.chunks[(line-1)/histChunkLen]
	bit := uint64(1) << (i % 64)
	if c.text[i] == 0 {
		return "", "", false
	}
	translated = h.texts.text(c.text[i])
	switch {
	case c.added[i/64]&bit != 0:
		raw = translated[:len(translated)-1]
	case h.other != nil:
		var found bool
		if raw, found = h.other[int32(line)]; !found {
			raw = translated
		}
	default:
		raw = translated
	}
	return raw, translated, true
}

// Input is line's text as the frontend sent it, if it was recorded.
func (h *History) Input(line int) (string, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	raw, _, ok := h.get(line)
	return raw, ok
}

// Translated is the Python line ran, In[n], if it was recorded.
func (h *History) Translated(line int) (string, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, t, ok := h.get(line)
	return t, ok
}

// OutputOf is the text/plain of line's result, nil when it had none.
func (h *History) OutputOf(line int) *string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.output(line)
}

// output is OutputOf with mu held.
func (h *History) output(line int) *string {
	i, ok := h.outputIndex(line)
	if !ok {
		return nil
	}
	text := h.texts.text(h.outputs[i].text)
	return &text
}

// Reset forgets every line, as IPython's %reset empties the session's
// history; numbering goes on from the execution count.
func (h *History) Reset() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.chunks, h.n, h.outputs, h.other, h.texts = nil, 0, nil, nil, textTable{}
}

// Len is the last line recorded.
func (h *History) Len() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.n
}

// add appends a line after the last, with its output when not nil.
func (h *History) add(input string, output *string) {
	line := h.Len() + 1
	h.Add(line, input)
	if output != nil {
		h.SetOutput(line, *output)
	}
}

// between is the entries of lines start..stop inclusive that have input.
func (h *History) between(start, stop int) []historyEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	start, stop = max(start, 1), min(stop, h.n)
	var out []historyEntry
	for line := start; line <= stop; line++ {
		if raw, _, ok := h.get(line); ok {
			out = append(out, historyEntry{line: line, input: raw, output: h.output(line)})
		}
	}
	return out
}

func (h *History) snapshot() []historyEntry { return h.between(1, h.Len()) }

// tail is the last n entries.
func (h *History) tail(n int) []historyEntry {
	all := h.snapshot()
	if n < 0 {
		n = 0
	}
	if n > len(all) {
		n = len(all)
	}
	return all[len(all)-n:]
}

// lines is IPython's get_range: lines start..stop-1 of a session, stop 0
// meaning to the end; negative session numbers count back from the
// current one, and only the current one exists here.
func (h *History) lines(session, start, stop int) []historyEntry {
	if session != 0 && session != currentSession {
		return nil
	}
	last := h.Len()
	if stop > 0 {
		last = stop - 1
	}
	return h.between(start, last)
}

// search is IPython's glob search over inputs (case-sensitive, * and ?
// crossing newlines, as sqlite's GLOB does): the last n matches when n >
// 0, and with unique only the newest entry for each distinct input.
func (h *History) search(pattern string, n int, unique bool) []historyEntry {
	re := globRegexp(pattern)
	var out []historyEntry
	seen := map[string]bool{}
	all := h.snapshot()
	for i := len(all) - 1; i >= 0; i-- {
		e := all[i]
		if !re.MatchString(e.input) || (unique && seen[e.input]) {
			continue
		}
		seen[e.input] = true
		out = append(out, e)
		if n > 0 && len(out) == n {
			break
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// globRegexp compiles a glob: * any run, ? one character, [...] a class.
func globRegexp(glob string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for i := 0; i < len(glob); i++ {
		switch c := glob[i]; c {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '[':
			if j := strings.IndexByte(glob[i+1:], ']'); j > 0 {
				class := glob[i+1 : i+1+j]
				if class[0] == '^' || class[0] == '!' {
					class = "^" + class[1:]
				}
				b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
				i += j + 1
				continue
			}
			b.WriteString(`\[`)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`\z`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		return regexp.MustCompile(`\A` + regexp.QuoteMeta(glob) + `\z`)
	}
	return re
}

func (k *Kernel) handleHistory(m *wire.Message) {
	var req struct {
		Output         bool   `json:"output"`
		Raw            bool   `json:"raw"`
		HistAccessType string `json:"hist_access_type"`
		Session        int    `json:"session"`
		Start          int    `json:"start"`
		Stop           int    `json:"stop"`
		N              int    `json:"n"`
		Pattern        string `json:"pattern"`
		Unique         bool   `json:"unique"`
	}
	if !k.decode(k.shellOut, m, "history_reply", &req) {
		return
	}
	var entries []historyEntry
	switch req.HistAccessType {
	case "tail":
		entries = k.history.tail(req.N)
	case "range":
		entries = k.history.lines(req.Session, req.Start, req.Stop)
	case "search":
		entries = k.history.search(req.Pattern, req.N, req.Unique)
	default:
		k.log.Warn().Str("hist_access_type", req.HistAccessType).Msg("unknown history access type")
	}
	rows := make([]json.RawMessage, 0, len(entries))
	for _, e := range entries {
		var row any = []any{currentSession, e.line, e.input}
		if req.Output {
			row = []any{currentSession, e.line, []any{e.input, e.output}}
		}
		rows = append(rows, mustJSON(row))
	}
	k.reply(k.shellOut, m, "history_reply", map[string]any{"status": "ok", "history": rows}, nil)
}
