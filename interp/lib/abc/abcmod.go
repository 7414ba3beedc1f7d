// Package abcmod is the abc module: ABCMeta, ABC, abstractmethod and the
// abstract classmethod/staticmethod/property variants, written in Python
// (abc.py, embedded).
//
// ABCMeta works out each new class's abstract methods (its own functions
// marked __isabstractmethod__, and inherited ones it did not override)
// and stores them as __abstractmethods__; the object model refuses to
// instantiate a class whose own __abstractmethods__ is non-empty
// (interp/py/abc.go). isinstance and issubclass reach ABCMeta's
// __instancecheck__ and __subclasscheck__, which add virtual subclasses
// (register) and __subclasshook__ to the real MRO test, with a positive
// and a negative cache invalidated by every register call, as CPython's.
package abcmod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed abc.py
var source []byte

func init() { vm.RegisterSourceModule("abc", "<frozen abc>", source) }
