package remod_test

import (
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

const benchText = `
import re
text = 'The quick brown fox, born 2019-04-01, jumps over 13 lazy dogs. ' * 2000
`

func BenchmarkFindallWords(b *testing.B) {
	snippets.Bench(b, benchText+"re.findall(r'\\w+', text)\n")
}

func BenchmarkSubDates(b *testing.B) {
	snippets.Bench(b, benchText+"re.sub(r'(\\d{4})-(\\d\\d)-(\\d\\d)', r'\\3/\\2/\\1', text)\n")
}

func BenchmarkSearchLiteralMiss(b *testing.B) {
	snippets.Bench(b, benchText+"re.search(r'cat|zebra', text)\n")
}

func BenchmarkSplitLines(b *testing.B) {
	snippets.Bench(b, benchText+"re.split(r'[.,]\\s*', text)\n")
}

func BenchmarkMatchLoop(b *testing.B) {
	snippets.Bench(b, "import re\nn = 0\nfor i in range(20000):\n    if re.match(r'\\d+', str(i)):\n        n += 1\n")
}
