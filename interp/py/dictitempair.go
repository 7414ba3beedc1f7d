package py

// DictItemsNextPair is next() of a dict_itemiterator (it.Type() must be
// DictItemIterType) without the (key, value) tuple: a consumer that only
// looks at the pair, such as max(d.items(), key=lambda kv: kv[1]), makes
// the tuple only for the items it keeps. The iterator advances, and a
// dict that changed size raises, exactly as dictIterNext does.
func DictItemsNextPair(v Value) (key, value Value, more bool, err *Exception) {
	it := (*DictIter)(v.p)
	if it.d == nil {
		return Null, Null, false, nil
	}
	if it.d.used != it.size {
		it.size = -1
		return Null, Null, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.pos < len(it.d.entries) {
		e := &it.d.entries[it.pos]
		it.pos++
		if e.key.IsNull() {
			continue
		}
		return e.key, e.value, true, nil
	}
	it.d = nil
	return Null, Null, false, nil
}
