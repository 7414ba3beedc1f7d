package kernelspec

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestSpec(t *testing.T) {
	spec, err := Spec()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"display_name":   "Python 3.7 (bytepy)",
		"language":       "python",
		"interrupt_mode": "signal",
	}
	for k, v := range want {
		if spec[k] != v {
			t.Errorf("%s = %v, want %v", k, spec[k], v)
		}
	}
	argv, _ := json.Marshal(spec["argv"])
	if string(argv) != `["bytepy","kernel","--connection-file","{connection_file}"]` {
		t.Errorf("argv %s", argv)
	}
}

func TestInstall(t *testing.T) {
	prefix := t.TempDir()
	dir, err := Install(prefix, "/opt/bin/bytepy")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(prefix, "share", "jupyter", "kernels", "bytepy"); dir != want {
		t.Errorf("dir %s, want %s", dir, want)
	}
	b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec map[string]any
	if err := json.Unmarshal(b, &spec); err != nil {
		t.Fatal(err)
	}
	if argv := spec["argv"].([]any); argv[0] != "/opt/bin/bytepy" || argv[3] != "{connection_file}" {
		t.Errorf("argv %v", argv)
	}
	for _, name := range []string{"logo-32x32.png", "logo-64x64.png", "logo-svg.svg"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(name)
		if !bytes.Equal(got, src) {
			t.Errorf("%s differs from the repo's", name)
		}
	}
	// Installing twice is fine (idempotent).
	if _, err := Install(prefix, "/opt/bin/bytepy"); err != nil {
		t.Fatal(err)
	}
}

func TestUserDataDir(t *testing.T) {
	t.Setenv("JUPYTER_DATA_DIR", "/x/jupyter")
	if d, _ := UserKernelDir(); d != "/x/jupyter/kernels/bytepy" {
		t.Errorf("UserKernelDir = %s", d)
	}
	t.Setenv("JUPYTER_DATA_DIR", "")
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/u")
	if d, _ := UserDataDir(); d != "/home/u/.local/share/jupyter" {
		t.Errorf("UserDataDir = %s", d)
	}
}

func TestShebang(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]string{
		"#!/usr/bin/python3\nimport x\n": "/usr/bin/python3",
		"#!/usr/bin/env python3 -u\n":    "python3",
		"#! /opt/py/bin/python3.11 -E\n": "/opt/py/bin/python3.11",
		"ELF binary":                     "",
	} {
		p := filepath.Join(dir, "jupyter")
		os.WriteFile(p, []byte(body), 0o755)
		if got := shebang(p); got != want {
			t.Errorf("shebang(%q) = %q, want %q", body, got, want)
		}
	}
}
