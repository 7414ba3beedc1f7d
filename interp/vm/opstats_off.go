//go:build !opstats

package vm

// opStats is false outside the counting build (opstats_on.go): the
// loop's call of countOp is compiled out.
const opStats = false

func countOp(uint8) {}
