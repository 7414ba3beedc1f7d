package magics

import (
	"sort"
	"strings"
)

// LineFunc runs a line magic: %name line.
type LineFunc func(sh *Shell, line string) (any, error)

// CellFunc runs a cell magic: %%name line, then the cell's body.
type CellFunc func(sh *Shell, line, cell string) (any, error)

// Magic is one registered name. A name can be both a line and a cell
// magic (%timeit and %%timeit); either function may be nil.
type Magic struct {
	Name string
	Line LineFunc
	Cell CellFunc
	// Doc is the docstring %magic, %name? and %%name? show.
	Doc string
	// NoVarExpand marks magics that take their line verbatim (IPython's
	// @no_var_expand: %time, %timeit); the others get {expr} and $name
	// expanded before they see it.
	NoVarExpand bool
}

// Registry maps magic names to magics.
type Registry struct {
	magics map[string]*Magic
}

// NewRegistry is an empty registry.
func NewRegistry() *Registry { return &Registry{magics: map[string]*Magic{}} }

// Register adds or replaces m.
func (r *Registry) Register(m *Magic) { r.magics[m.Name] = m }

// RegisterCell sets name's cell magic, keeping a line magic of that name.
func (r *Registry) RegisterCell(name string, f CellFunc, doc string) {
	m := r.magics[name]
	if m == nil {
		m = &Magic{Name: name}
		r.magics[name] = m
	}
	m.Cell = f
	if doc != "" {
		m.Doc = doc
	}
}

// FindLine is the line magic called name, or nil.
func (r *Registry) FindLine(name string) *Magic {
	if m := r.magics[name]; m != nil && m.Line != nil {
		return m
	}
	return nil
}

// FindCell is the cell magic called name, or nil.
func (r *Registry) FindCell(name string) *Magic {
	if m := r.magics[name]; m != nil && m.Cell != nil {
		return m
	}
	return nil
}

// names lists line or cell magic names, sorted as Python sorts strings.
func (r *Registry) names(cell bool) []string {
	var out []string
	for n, m := range r.magics {
		if cell && m.Cell != nil || !cell && m.Line != nil {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// Lsmagic is %lsmagic's text (MagicsDisplay._lsmagic). bytepy has no
// automagic: a bare "pwd" is Python, not %pwd.
func (r *Registry) Lsmagic() string {
	return strings.Join([]string{
		"Available line magics:",
		"%" + strings.Join(r.names(false), "  %"),
		"",
		"Available cell magics:",
		"%%" + strings.Join(r.names(true), "  %%"),
		"",
		"Automagic is OFF, % prefix IS needed for line magics.",
	}, "\n")
}
