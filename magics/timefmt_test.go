package magics

import "testing"

// Expected strings are IPython 8.5's _format_time (see reference notes).
func TestFormatTime(t *testing.T) {
	tests := []struct {
		t    float64
		p    int
		want string
	}{
		{44.4e-6, 3, "44.4 µs"},
		{705e-9, 3, "705 ns"},
		{49.4e-9, 3, "49.4 ns"},
		{6.21e-9, 3, "6.21 ns"},
		{4.33e-9, 3, "4.33 ns"},
		{0.0305e-9, 3, "0.0305 ns"},
		{0.5e-9, 3, "0.5 ns"},
		{500e-6, 3, "500 µs"},
		{12.3, 3, "12.3 s"},
		{59.99, 3, "60 s"},
		{0, 3, "0 ns"},
		{0.9999, 3, "1e+03 ms"},
		{65, 3, "1min 5s"},
		{3725, 3, "1h 2min 5s"},
		{60, 3, "1min"},
		{1.35e-6, 3, "1.35 µs"},
		{1.23456e-3, 5, "1.2346 ms"},
	}
	for _, tt := range tests {
		if got := FormatTime(tt.t, tt.p, "µ"); got != tt.want {
			t.Errorf("FormatTime(%g, %d) = %q, want %q", tt.t, tt.p, got, tt.want)
		}
	}
}
