package engine

import (
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/kernel"
)

// Tracebacks and ?? quote a cell's lines by its file name,
// "<ipython-input-N-H>". A kernel runs cells for days, so what it keeps
// per cell is kept small: a stored cell's text is already held for In and
// the history, and the engine answers the VM's Source lookups for it from
// a cellRef (the line number, the hash and that same string) instead of
// registering a copy under a name of its own. Cells that do not store
// history (silent ones, store_history false) have no line of their own,
// so their text is registered with the VM, the last maxUnstored of them.

// cellRef is one stored cell's text.
type cellRef struct {
	line int
	key  uint64 // the 48 bits of SHA-1 the file name shows
	src  string
}

const maxUnstored = 64

func init() { vm.SetSourceFinder(findCellSource) }

// cellKey is the first 48 bits of the SHA-1 of a cell's text.
func cellKey(code string) uint64 {
	sum := sha1.Sum([]byte(code))
	var b [8]byte
	copy(b[2:], sum[:6])
	return binary.BigEndian.Uint64(b[:])
}

func cellFilename(n int, key uint64) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], key)
	return "<ipython-input-" + strconv.Itoa(n) + "-" + hex.EncodeToString(b[2:]) + ">"
}

// parseCellFilename undoes cellFilename.
func parseCellFilename(name string) (n int, key uint64, ok bool) {
	rest, ok := strings.CutPrefix(name, "<ipython-input-")
	if !ok {
		return 0, 0, false
	}
	rest, ok = strings.CutSuffix(rest, ">")
	if !ok {
		return 0, 0, false
	}
	num, h, ok := strings.Cut(rest, "-")
	if !ok || len(h) != 12 {
		return 0, 0, false
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return 0, 0, false
	}
	var b [8]byte
	if _, err := hex.Decode(b[2:], []byte(h)); err != nil {
		return 0, 0, false
	}
	return n, binary.BigEndian.Uint64(b[:]), true
}

// keepSource makes the cell's text findable under filename.
func (e *Engine) keepSource(req kernel.ExecuteRequest, key uint64, filename, src string) {
	if req.StoreHistory {
		enginesMu.Lock() // findCellSource may read cells from any goroutine
		e.cells = append(e.cells, cellRef{line: req.ExecutionCount, key: key, src: src})
		enginesMu.Unlock()
		return
	}
	vm.RegisterSource(filename, src)
	e.unstored = append(e.unstored, filename)
	if len(e.unstored) > maxUnstored {
		vm.ForgetSource(e.unstored[0])
		e.unstored = append(e.unstored[:0], e.unstored[1:]...)
	}
}

// findCellSource is the VM's source finder: a stored cell of any engine.
func findCellSource(filename string) (string, bool) {
	n, key, ok := parseCellFilename(filename)
	if !ok {
		return "", false
	}
	enginesMu.Lock()
	defer enginesMu.Unlock()
	for _, e := range engines {
		// Lines only grow, so the cell is most likely near the end.
		for i := len(e.cells) - 1; i >= 0; i-- {
			if c := e.cells[i]; c.line == n && c.key == key {
				return c.src, true
			}
		}
	}
	return "", false
}
