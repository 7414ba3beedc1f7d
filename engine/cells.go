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
// "<ipython-input-N-H>". A kernel runs cells for days, so nothing is kept
// per cell for them: a stored cell's text is already in the history, and
// the engine answers the VM's Source lookups from it, checking the hash
// in the name against the text's (a traceback is rare; hashing then is
// cheaper than keeping 48 bits a cell). Cells that do not store history
// (silent ones, store_history false) have no line of their own, so their
// text is registered with the VM, the last maxUnstored of them.

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
func (e *Engine) keepSource(req kernel.ExecuteRequest, filename, src string) {
	if req.StoreHistory {
		return // recordInput keeps it
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
		if raw, ok := e.hist.Input(n); ok && cellKey(raw) == key {
			return e.hist.Translated(n)
		}
	}
	return "", false
}
