//go:build !unix

package kernel

import (
	"context"

	"github.com/rs/zerolog"
)

// watchParent is a no-op where parent death cannot be polled this way
// (Windows passes a process handle instead).
func watchParent(context.Context, context.CancelFunc, zerolog.Logger) {}
