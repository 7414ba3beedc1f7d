// Package kernelspec is bytepy's Jupyter kernelspec: kernel.json and the
// logos, embedded so the binary can install itself, and the rules for
// where Jupyter looks for kernelspecs.
//
// The kernel.json kept here names the bare command "bytepy", which is
// what `jupyter kernelspec install kernelspec/` wants when bytepy is on
// PATH; Install writes the binary's absolute path instead, so the kernel
// starts whatever PATH the frontend runs with.
package kernelspec

import (
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

//go:embed kernel.json logo-32x32.png logo-64x64.png logo-svg.svg
var files embed.FS

// Name is the kernelspec's directory name: `jupyter console --kernel bytepy`.
const Name = "bytepy"

// Spec is the parsed embedded kernel.json.
func Spec() (map[string]any, error) {
	b, err := files.ReadFile("kernel.json")
	if err != nil {
		return nil, err
	}
	var spec map[string]any
	return spec, json.Unmarshal(b, &spec)
}

// Install writes the kernelspec into PREFIX/share/jupyter/kernels/bytepy
// with argv[0] set to binary, and returns that directory.
func Install(prefix, binary string) (string, error) {
	return InstallDir(filepath.Join(prefix, "share", "jupyter", "kernels", Name), binary)
}

// InstallDir writes the kernelspec into dir itself.
func InstallDir(dir, binary string) (string, error) {
	spec, err := Spec()
	if err != nil {
		return "", err
	}
	argv, _ := spec["argv"].([]any)
	if len(argv) == 0 {
		return "", fmt.Errorf("embedded kernel.json has no argv")
	}
	argv[0] = binary
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	b, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "kernel.json"), append(b, '\n'), 0o644); err != nil {
		return "", err
	}
	for _, name := range []string{"logo-32x32.png", "logo-64x64.png", "logo-svg.svg"} {
		data, err := files.ReadFile(name)
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// UserDataDir is Jupyter's per-user data directory, the one `jupyter
// kernelspec install --user` uses: $JUPYTER_DATA_DIR when set, else the
// platform's default (jupyter_core's jupyter_data_dir).
func UserDataDir() (string, error) {
	if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Jupyter"), nil
	case "windows":
		if a := os.Getenv("APPDATA"); a != "" {
			return filepath.Join(a, "jupyter"), nil
		}
	}
	if x := os.Getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "jupyter"), nil
	}
	return filepath.Join(home, ".local", "share", "jupyter"), nil
}

// UserKernelDir is where a --user install puts the kernelspec.
func UserKernelDir() (string, error) {
	d, err := UserDataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "kernels", Name), nil
}

// SysPrefix is sys.prefix of the Python that runs `jupyter`: the
// interpreter named on the jupyter script's #! line, else python3 on
// PATH, else /usr (Debian's).
func SysPrefix() string {
	var pythons []string
	if j, err := exec.LookPath("jupyter"); err == nil {
		if py := shebang(j); py != "" {
			pythons = append(pythons, py)
		}
	}
	pythons = append(pythons, "python3")
	for _, py := range pythons {
		out, err := exec.Command(py, "-c", "import sys; print(sys.prefix)").Output()
		if p := strings.TrimSpace(string(out)); err == nil && p != "" {
			return p
		}
	}
	return "/usr"
}

// shebang returns the interpreter a script's #! line names ("" if none).
func shebang(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	buf := make([]byte, 256)
	n, _ := f.Read(buf)
	line, _, _ := strings.Cut(string(buf[:n]), "\n")
	if !strings.HasPrefix(line, "#!") {
		return ""
	}
	fields := strings.Fields(line[2:])
	if len(fields) == 0 {
		return ""
	}
	// "#!/usr/bin/env python3" names the interpreter second.
	if filepath.Base(fields[0]) == "env" && len(fields) > 1 {
		return fields[1]
	}
	return fields[0]
}
