package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bytepy/bytepy/kernelspec"
)

func init() {
	commands["install"] = command{cmdInstall, "install [--user | --sys-prefix | --prefix DIR]"}
}

// cmdInstall writes the kernelspec, naming this very binary by absolute
// path, where Jupyter finds it. With no flag it installs for the user, as
// ipykernel's `python -m ipykernel install --user` does.
func cmdInstall(args []string) int {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	user := fs.Bool("user", false, "install in Jupyter's user data dir (the default)")
	sysPrefix := fs.Bool("sys-prefix", false, "install under sys.prefix of the Python that runs jupyter")
	prefix := fs.String("prefix", "", "install under `DIR`/share/jupyter/kernels")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	chosen := 0
	for _, b := range []bool{*user, *sysPrefix, *prefix != ""} {
		if b {
			chosen++
		}
	}
	if chosen > 1 || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: bytepy install [--user | --sys-prefix | --prefix DIR]")
		return 2
	}
	binary, err := os.Executable()
	if err == nil {
		binary, err = filepath.EvalSymlinks(binary)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bytepy install: cannot find this binary:", err)
		return 1
	}
	var dir string
	switch {
	case *sysPrefix:
		dir, err = kernelspec.Install(kernelspec.SysPrefix(), binary)
	case *prefix != "":
		var abs string
		if abs, err = filepath.Abs(*prefix); err == nil {
			dir, err = kernelspec.Install(abs, binary)
		}
	default:
		if dir, err = kernelspec.UserKernelDir(); err == nil {
			dir, err = kernelspec.InstallDir(dir, binary)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bytepy install:", err)
		return 1
	}
	fmt.Printf("Installed kernelspec %s in %s\n", kernelspec.Name, dir)
	return 0
}
