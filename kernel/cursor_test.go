package kernel

import "testing"

func TestCursorConversions(t *testing.T) {
	ip := func(n int) *int { return &n }
	tests := []struct {
		code   string
		cursor *int
		byteAt int
	}{
		{"abc", nil, 3},
		{"abc", ip(0), 0},
		{"abc", ip(2), 2},
		{"abc", ip(99), 3},
		{"abc", ip(-1), 0},
		{"é = 1", ip(1), 2},          // é is two bytes, one code point
		{"x = '😀'; pri", ip(12), 15}, // 😀 is four bytes, one code point
		{"日本語", ip(2), 6},
	}
	for _, tt := range tests {
		got := cursorByte(tt.code, tt.cursor)
		if got != tt.byteAt {
			t.Errorf("cursorByte(%q, %v) = %d, want %d", tt.code, tt.cursor, got, tt.byteAt)
		}
		if tt.cursor != nil && *tt.cursor >= 0 && *tt.cursor <= len([]rune(tt.code)) {
			if back := runeOffset(tt.code, got); back != *tt.cursor {
				t.Errorf("runeOffset(%q, %d) = %d, want %d", tt.code, got, back, *tt.cursor)
			}
		}
	}
	if runeOffset("ab", 10) != 2 || runeOffset("ab", -3) != 0 {
		t.Error("runeOffset does not clamp")
	}
}
