package parser

// FileInput is a compile flag of bytepy's own, in a bit no PyCF_* flag of
// CPython 3.7 uses (its compile() rejects it): the source was read from a
// file, as `python3.7 FILE` reads it, not handed to compile() as a string.
// Parse then reports errors at the end of input and bad encoding
// declarations as that run prints them (and drops what follows a NUL byte
// on its line, where compile() refuses the source); every other error, and
// every successful parse, is the same with or without it. A file runs in
// mode "exec".
const FileInput = 0x1000
