// Command logo draws bytepy's kernelspec logos: a yellow "b" on a navy
// rounded square, with a blue dot. One shape description renders both the
// PNGs (supersampled for smooth edges) and the SVG, so they always agree.
//
//	go run ./tools/logo            writes kernelspec/logo-*.{png,svg}
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// Geometry in the unit square, y pointing down as in both formats.
const (
	cornerR = 0.18
	stemX0  = 0.22
	stemX1  = 0.36
	stemY0  = 0.14
	stemY1  = 0.86
	bowlCX  = 0.55
	bowlCY  = 0.63
	bowlR   = 0.23
	bowlIn  = 0.10
	dotCX   = 0.74
	dotCY   = 0.25
	dotR    = 0.08
)

var (
	navy   = color.NRGBA{0x1f, 0x3b, 0x57, 0xff}
	yellow = color.NRGBA{0xff, 0xd4, 0x3b, 0xff}
	blue   = color.NRGBA{0x4b, 0x8b, 0xbe, 0xff}
)

// shade is the colour at a point, and whether the point is inside at all.
func shade(x, y float64) (color.NRGBA, bool) {
	if !inRoundedSquare(x, y) {
		return color.NRGBA{}, false
	}
	if x >= stemX0 && x <= stemX1 && y >= stemY0 && y <= stemY1 {
		return yellow, true
	}
	if d := math.Hypot(x-bowlCX, y-bowlCY); d <= bowlR && d >= bowlIn {
		return yellow, true
	}
	if math.Hypot(x-dotCX, y-dotCY) <= dotR {
		return blue, true
	}
	return navy, true
}

func inRoundedSquare(x, y float64) bool {
	if x < 0 || x > 1 || y < 0 || y > 1 {
		return false
	}
	cx := math.Min(math.Max(x, cornerR), 1-cornerR)
	cy := math.Min(math.Max(y, cornerR), 1-cornerR)
	return math.Hypot(x-cx, y-cy) <= cornerR
}

// render averages an 8×8 grid of samples per pixel.
func render(size int) *image.NRGBA {
	const ss = 8
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					if c, ok := shade(x, y); ok {
						r += float64(c.R)
						g += float64(c.G)
						b += float64(c.B)
						a++
					}
				}
			}
			if a > 0 {
				img.SetNRGBA(px, py, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(255 * a / (ss * ss))})
			}
		}
	}
	return img
}

func svg() string {
	hex := func(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	f := func(v float64) string {
		return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v*100), "0"), ".")
	}
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="64" height="64">` + "\n")
	fmt.Fprintf(&b, `  <rect width="100" height="100" rx="%s" fill="%s"/>`+"\n", f(cornerR), hex(navy))
	fmt.Fprintf(&b, `  <rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n", f(stemX0), f(stemY0), f(stemX1-stemX0), f(stemY1-stemY0), hex(yellow))
	// The bowl is a ring: a circle stroked with the ring's width.
	fmt.Fprintf(&b, `  <circle cx="%s" cy="%s" r="%s" fill="none" stroke="%s" stroke-width="%s"/>`+"\n", f(bowlCX), f(bowlCY), f((bowlR+bowlIn)/2), hex(yellow), f(bowlR-bowlIn))
	fmt.Fprintf(&b, `  <circle cx="%s" cy="%s" r="%s" fill="%s"/>`+"\n", f(dotCX), f(dotCY), f(dotR), hex(blue))
	b.WriteString("</svg>\n")
	return b.String()
}

func main() {
	dir := "kernelspec"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	for _, size := range []int{32, 64} {
		name := filepath.Join(dir, fmt.Sprintf("logo-%dx%d.png", size, size))
		f, err := os.Create(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := png.Encode(f, render(size)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		f.Close()
	}
	if err := os.WriteFile(filepath.Join(dir, "logo-svg.svg"), []byte(svg()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
