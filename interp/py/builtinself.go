package py

// TakesSubSelf reports whether the method descriptor bf, called with self
// whose type is not bf.Owner itself, gets self exactly as given: self is
// an instance of a subclass of the owner (Call's check passes) and needs
// no unboxing (BaseException.__init__ under super() in an exception
// subclass). The VM then calls bf.Fn on the stack's arguments as Call
// would.
func (bf *Builtin) TakesSubSelf(self Value) bool {
	st := self.Type()
	return st.boxKind == boxNone && st.IsSubtype(bf.Owner)
}
