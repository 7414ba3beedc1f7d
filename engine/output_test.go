package engine

import (
	"fmt"
	"strings"

	"github.com/bytepy/bytepy/kernel"
)

// recorder is a kernel.Output that keeps what a cell produced, in order.
type recorder struct {
	events  []string // "stdout: text", "result: text/plain", ...
	results []kernel.MimeBundle
	shows   []kernel.Display
	answers []string // for Input, in turn
	prompts []string
	inErr   error
}

func (r *recorder) Stream(name, text string) {
	// Consecutive writes to one stream are one event, as the kernel
	// coalesces them into one message.
	if n := len(r.events); n > 0 && strings.HasPrefix(r.events[n-1], name+": ") {
		r.events[n-1] += text
		return
	}
	r.events = append(r.events, name+": "+text)
}

func (r *recorder) Result(data, metadata kernel.MimeBundle) {
	r.results = append(r.results, data)
	r.events = append(r.events, fmt.Sprintf("result: %v", data["text/plain"]))
}

func (r *recorder) Display(d kernel.Display) {
	r.shows = append(r.shows, d)
	r.events = append(r.events, fmt.Sprintf("display: %v", d.Data["text/plain"]))
}

func (r *recorder) UpdateDisplay(d kernel.Display) {
	r.events = append(r.events, fmt.Sprintf("update %s: %v", d.DisplayID, d.Data["text/plain"]))
}

func (r *recorder) ClearOutput(wait bool) {
	r.events = append(r.events, fmt.Sprintf("clear: %v", wait))
}

func (r *recorder) Input(prompt string, password bool) (string, error) {
	r.prompts = append(r.prompts, fmt.Sprintf("%s|%v", prompt, password))
	if r.inErr != nil {
		return "", r.inErr
	}
	if len(r.answers) == 0 {
		return "", kernel.ErrShutdown
	}
	a := r.answers[0]
	r.answers = r.answers[1:]
	return a, nil
}

// stdout is everything the cell printed on stdout.
func (r *recorder) stdout() string {
	var b strings.Builder
	for _, e := range r.events {
		if s, ok := strings.CutPrefix(e, "stdout: "); ok {
			b.WriteString(s)
		}
	}
	return b.String()
}
