// Package pydocmod is the part of the pydoc module behind help(): plain
// text documentation of functions, methods, built-ins, classes and
// modules, laid out as CPython 3.7's pydoc lays it out (title line,
// signature, indented docstring; for classes the method resolution order
// and the attributes grouped by kind and defining class under " |  "
// rules). Written in Python (pydoc.py, embedded); the help builtin
// imports it on first use. The interactive help> prompt and the topic
// and keyword pages are not provided.
package pydocmod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed pydoc.py
var source []byte

func init() { vm.RegisterSourceModule("pydoc", "<frozen pydoc>", source) }
