package pybind

import (
	"errors"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/native"
)

// Exception is an error from native as a Python exception: a
// *native.Exception keeps its type (looked up among the built-in
// exception types by name) and message; anything else is SystemError.
func Exception(err error) *py.Exception {
	var ne *native.Exception
	if !errors.As(err, &ne) {
		return py.Errorf(py.SystemErrorType, "%s", err.Error())
	}
	typ := exceptionType(ne.Type)
	if typ == nil {
		typ = py.SystemErrorType
	}
	return py.Errorf(typ, "%s", ne.Msg)
}

func exceptionType(name string) *py.Type {
	for _, t := range py.ExceptionTypes {
		if t.Name == name {
			return t
		}
	}
	return nil
}
