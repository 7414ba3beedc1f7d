package py

// Most str lookups in small dicts are misses: a method call checks that
// the instance dict does not shadow the method (HasStr), an attribute
// read at a site that sees several classes misses its entry hint, a
// global falls through to builtins. Each would hash-probe to an empty
// slot, loading index and entries. A dict keeps a 32-bit filter of the
// hashes of the keys it was given (bloom: bit keyBit(h) for each), so
// a name whose bit is clear is known absent from one load of the dict
// header. Deletions leave their bits (the filter only over-approximates)
// until a rebuild recomputes it from the live entries. Lazy names
// (dictlazy.go) are not entries and not in the filter: the miss paths
// still ask them.

// keyBit is the filter bit of hash h: five of its high bits, which are
// independent of the low bits that choose the first slot. Bits 55-59: a
// str's hash has 61 bits (str.go), so its top five would take only four
// values and the filter would say "maybe" to most names.
func keyBit(h int64) uint32 { return 1 << (uint64(h) >> 55 & 31) }

// mayHoldHash reports whether a key of hash h may be an entry of d.
func (d *Dict) mayHoldHash(h int64) bool { return d.bloom&keyBit(h) != 0 }
