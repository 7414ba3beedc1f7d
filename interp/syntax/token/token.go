// Package token is the vocabulary between scanner and parser: token kinds,
// numbered and named as Python 3.7's token module numbers them (so the
// exact_type of an operator is its Kind), and keywords.
package token

import "sync"

// Kind is a token type.
type Kind int

const (
	ENDMARKER Kind = iota
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // != (and <> under barry_as_FLUFL)
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	OP
	ERRORTOKEN
	COMMENT
	NL
	ENCODING
)

var names = [...]string{
	"ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "LPAR", "RPAR",
	"LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS", "STAR", "SLASH", "VBAR",
	"AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT", "LBRACE", "RBRACE", "EQEQUAL",
	"NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT",
	"RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
	"PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL",
	"RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT",
	"ATEQUAL", "RARROW", "ELLIPSIS", "OP", "ERRORTOKEN", "COMMENT", "NL",
	"ENCODING",
}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(names) {
		return names[k]
	}
	return "UNKNOWN"
}

// IsOperator reports whether k is one of the exact operator kinds.
func (k Kind) IsOperator() bool { return k >= LPAR && k <= ELLIPSIS }

// Operators maps operator text to its kind; the map is made on first use.
var Operators = sync.OnceValue(func() map[string]Kind {
	return map[string]Kind{
		"(": LPAR, ")": RPAR, "[": LSQB, "]": RSQB, ":": COLON, ",": COMMA, ";": SEMI,
		"+": PLUS, "-": MINUS, "*": STAR, "/": SLASH, "|": VBAR, "&": AMPER, "<": LESS,
		">": GREATER, "=": EQUAL, ".": DOT, "%": PERCENT, "{": LBRACE, "}": RBRACE,
		"==": EQEQUAL, "!=": NOTEQUAL, "<>": NOTEQUAL, "<=": LESSEQUAL, ">=": GREATEREQUAL,
		"~": TILDE, "^": CIRCUMFLEX, "<<": LEFTSHIFT, ">>": RIGHTSHIFT, "**": DOUBLESTAR,
		"+=": PLUSEQUAL, "-=": MINEQUAL, "*=": STAREQUAL, "/=": SLASHEQUAL, "%=": PERCENTEQUAL,
		"&=": AMPEREQUAL, "|=": VBAREQUAL, "^=": CIRCUMFLEXEQUAL, "<<=": LEFTSHIFTEQUAL,
		">>=": RIGHTSHIFTEQUAL, "**=": DOUBLESTAREQUAL, "//": DOUBLESLASH, "//=": DOUBLESLASHEQUAL,
		"@": AT, "@=": ATEQUAL, "->": RARROW, "...": ELLIPSIS,
	}
})

// Keywords are Python 3.7's keyword.kwlist.
var Keywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
	"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
	"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
	"return", "try", "while", "with", "yield",
}

// IsKeyword reports whether name is a reserved word (one of Keywords; a
// switch, where a set would be built at every process start).
func IsKeyword(name string) bool {
	switch name {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
		"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
		"return", "try", "while", "with", "yield":
		return true
	}
	return false
}

// Pos is a position in source: Line counts from 1, Col is a byte offset
// into the line counting from 0 (CPython's col_offset).
type Pos struct {
	Line, Col int
}

// Token is one token: its kind, its exact source text, where it starts and
// where it ends (End is just past the last byte).
type Token struct {
	Kind  Kind
	Text  string
	Start Pos
	End   Pos
}
