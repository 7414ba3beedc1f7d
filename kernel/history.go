package kernel

import (
	"encoding/json"
	"regexp"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/kernel/wire"
)

// history is the record of cells run with store_history, kept by the
// kernel because it sees every execute request whichever engine runs them.
// It lives for the kernel's life: one session, numbered 1.
type history struct {
	mu      sync.Mutex
	entries []historyEntry
}

type historyEntry struct {
	line   int
	input  string
	output *string // text/plain of the cell's result, nil when it had none
}

// currentSession is the session number this kernel's cells belong to;
// IPython also answers session 0 with the current one.
const currentSession = 1

func newHistory() *history { return &history{} }

func (h *history) add(input string, output *string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.entries = append(h.entries, historyEntry{line: len(h.entries) + 1, input: input, output: output})
}

func (h *history) snapshot() []historyEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]historyEntry(nil), h.entries...)
}

// tail is the last n entries.
func (h *history) tail(n int) []historyEntry {
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
func (h *history) lines(session, start, stop int) []historyEntry {
	if session != 0 && session != currentSession {
		return nil
	}
	var out []historyEntry
	for _, e := range h.snapshot() {
		if e.line >= start && (stop <= 0 || e.line < stop) {
			out = append(out, e)
		}
	}
	return out
}

// search is IPython's glob search over inputs (case-sensitive, * and ?
// crossing newlines, as sqlite's GLOB does): the last n matches when n >
// 0, and with unique only the newest entry for each distinct input.
func (h *history) search(pattern string, n int, unique bool) []historyEntry {
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
