// Package keywordmod is the keyword module: kwlist and iskeyword.
//
// The list is Python 3.7's reserved words, which is not the same as the
// tokenizer's set in every version (async and await became keywords in
// 3.7), so it is spelled out here rather than derived.
package keywordmod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed keyword.py
var source []byte

func init() { vm.RegisterSourceModule("keyword", "<frozen keyword>", source) }
