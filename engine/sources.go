package engine

import "sync"

// sourceMap holds the text of code that is not on disk (cells, the
// built-in IPython modules), by file name, for tracebacks and for ??.
type sourceMap struct {
	mu sync.Mutex
	m  map[string]string
}

var cellSources = &sourceMap{m: map[string]string{}}

func (s *sourceMap) put(name, src string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[name] = src
}

func (s *sourceMap) get(name string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	src, ok := s.m[name]
	return src, ok
}
