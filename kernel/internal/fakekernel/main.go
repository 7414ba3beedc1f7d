// Command fakekernel runs the kernel with the fake engine, for the Python
// integration tests in tests/kernel until the interpreter is linked:
//
//	go run ./kernel/internal/fakekernel --connection-file FILE
package main

import (
	"os"

	"github.com/bytepy/bytepy/kernel"
	"github.com/bytepy/bytepy/kernel/internal/fake"
)

func main() {
	os.Exit(kernel.Main(os.Args[1:], fake.New, "0.0.0-fake"))
}
