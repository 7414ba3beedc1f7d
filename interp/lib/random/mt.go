// Package randommod is the random module: a Mersenne Twister (MT19937)
// core in Go, exposed as the private module _random, and the public
// random module written in Python on top of it (random.py, embedded).
//
// The core reproduces CPython 3.7's _random.Random bit for bit: an int
// seed is split into 32-bit words, least significant first, and fed to
// init_by_array; random() builds a 53-bit float from two 32-bit outputs
// (27 and 26 bits); getrandbits(k) fills 32-bit words low to high,
// shifting the last one down. Every distribution above it lives in
// random.py, so the order in which it draws numbers is the same as 3.7's.
package randommod

// mtN and mtM are MT19937's state size and shift distance.
const (
	mtN = 624
	mtM = 397
)

// mt is one generator's state.
type mt struct {
	state [mtN]uint32
	index int
}

func (g *mt) initGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < mtN; i++ {
		g.state[i] = 1812433253*(g.state[i-1]^(g.state[i-1]>>30)) + uint32(i)
	}
	g.index = mtN
}

// initByArray is the reference init_by_array, which CPython uses for
// every seed, even a single word.
func (g *mt) initByArray(key []uint32) {
	g.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		g.state[i] = (g.state[i] ^ ((g.state[i-1] ^ (g.state[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			g.state[0] = g.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		g.state[i] = (g.state[i] ^ ((g.state[i-1] ^ (g.state[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			g.state[0] = g.state[mtN-1]
			i = 1
		}
	}
	g.state[0] = 0x80000000
}

func (g *mt) genrand() uint32 {
	if g.index >= mtN {
		g.twist()
	}
	y := g.state[g.index]
	g.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (g *mt) twist() {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	mag := func(y uint32) uint32 { return (y & 1) * matrixA }
	var kk int
	for kk = 0; kk < mtN-mtM; kk++ {
		y := g.state[kk]&upper | g.state[kk+1]&lower
		g.state[kk] = g.state[kk+mtM] ^ (y >> 1) ^ mag(y)
	}
	for ; kk < mtN-1; kk++ {
		y := g.state[kk]&upper | g.state[kk+1]&lower
		g.state[kk] = g.state[kk+(mtM-mtN)] ^ (y >> 1) ^ mag(y)
	}
	y := g.state[mtN-1]&upper | g.state[0]&lower
	g.state[mtN-1] = g.state[mtM-1] ^ (y >> 1) ^ mag(y)
	g.index = 0
}

// random53 is random(): a 53-bit float in [0, 1).
func (g *mt) random53() float64 {
	a := g.genrand() >> 5
	b := g.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}
