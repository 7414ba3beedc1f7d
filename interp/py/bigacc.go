package py

// IntAddOwned is IntAdd(acc, v) for a running total that only its
// caller can see (sum's, while it folds a generator): acc is a big int
// that the caller got from IntAdd, a new box that no other value shares
// with its digits, and v an exact int. The sum is written into acc's
// own digits (math/big grows them when they are full) instead of a new
// box per item; a total back in int64 range is normalised to a small
// int as IntAdd would return it.
func IntAddOwned(acc, v Value) Value {
	var sb smallBig
	z := (*Int)(acc.p).v
	z.Add(z, sb.arg(v))
	if z.IsInt64() {
		return MakeInt(z.Int64())
	}
	return acc
}
