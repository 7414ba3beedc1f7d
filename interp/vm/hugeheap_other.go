//go:build !linux

package vm

// hugeHeap is Linux-only (see hugeheap_linux.go).
func hugeHeap(gcPercent int) bool { return false }
