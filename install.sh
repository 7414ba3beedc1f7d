#!/usr/bin/env bash
# install.sh — build bytepy, install it and its Jupyter kernelspec, and make
# sure Jupyter itself (Notebook, console, nbconvert) is there.
#
#   ./install.sh                binary to ~/.local/bin, kernelspec for this user
#   ./install.sh --system       binary to /usr/local/bin, kernelspec under
#                               /usr/local/share/jupyter (as root)
#   ./install.sh --no-jupyter   skip the Debian Jupyter packages
#   ./install.sh --jupyter-only only the Debian Jupyter packages (no Go needed)
#
# Jupyter comes from Debian's packages, installed with apt-get when missing
# and this script can (root, or passwordless sudo); otherwise it prints the
# apt-get command to run. Idempotent: a second run rebuilds, reinstalls what
# changed and reports the rest as already there. The Dockerfile runs these
# same steps.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PATH:/usr/local/go/bin"

system=0 jupyter=1 build=1
for a in "$@"; do
	case "$a" in
	--system) system=1 ;;
	--no-jupyter) jupyter=0 ;;
	--jupyter-only) build=0 ;;
	-h|--help) sed -n '2,15p' "$0"; exit 0 ;;
	*) echo "install.sh: unknown option $a" >&2; exit 2 ;;
	esac
done

did() { printf 'install.sh: %s\n' "$*"; }

if [ "$build" = 1 ] && ! command -v go >/dev/null; then
	echo "install.sh: Go is missing; install Go 1.26 (https://go.dev/dl) and retry" >&2
	exit 1
fi

if [ "$system" = 1 ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "install.sh: --system installs into /usr/local; run it as root" >&2
		exit 1
	fi
	bindir=/usr/local/bin
	# /usr/local/share/jupyter is on every Jupyter's system path and, unlike
	# /usr/share/jupyter (--sys-prefix for Debian's Python), is not dpkg's.
	specflags=(--prefix /usr/local)
else
	bindir="$HOME/.local/bin"
	specflags=(--user)
fi

# 1. The binary. Built beside the target and moved over it, so a running
# kernel keeps its old inode and a failed build leaves the old one in place.
if [ "$build" = 1 ]; then
	mkdir -p "$bindir"
	tmp="$(mktemp "$bindir/.bytepy.XXXXXX")"
	trap 'rm -f "$tmp"' EXIT
	echo "install.sh: building bytepy ($(go version | cut -d' ' -f3)) ..."
	go build -o "$tmp" ./cmd/bytepy
	chmod 755 "$tmp"
	if [ -f "$bindir/bytepy" ] && cmp -s "$tmp" "$bindir/bytepy"; then
		did "bytepy already up to date in $bindir/bytepy"
	else
		mv -f "$tmp" "$bindir/bytepy"
		did "installed $bindir/bytepy"
	fi
	case ":$PATH:" in
	*":$bindir:"*) ;;
	*) did "note: $bindir is not on PATH; add it to run 'bytepy' directly (Jupyter does not need it: the kernelspec names the full path)" ;;
	esac

	# 2. The kernelspec, written by the binary itself with its absolute path.
	did "$("$bindir/bytepy" install "${specflags[@]}")"
fi

# 3. Jupyter from Debian's packages: each package is wanted only when the
# thing it provides is missing.
if [ "$jupyter" = 1 ]; then
	need=()
	have_cmd() { command -v "$1" >/dev/null 2>&1; }
	have_mod() { /usr/bin/python3 -c "import $1" >/dev/null 2>&1; }
	have_cmd jupyter || need+=(jupyter-core)
	have_mod jupyter_client || need+=(python3-jupyter-client)
	have_cmd jupyter-notebook || need+=(jupyter-notebook)
	have_cmd jupyter-console || need+=(jupyter-console)
	have_cmd jupyter-nbconvert || need+=(jupyter-nbconvert)
	have_mod nbclient || need+=(python3-nbclient)
	have_mod ipykernel || need+=(python3-ipykernel)
	if [ ${#need[@]} -eq 0 ]; then
		did "Jupyter already installed (notebook, console, nbconvert, nbclient, ipykernel)"
	elif ! command -v apt-get >/dev/null; then
		did "missing ${need[*]}, and there is no apt-get here: install Jupyter Notebook, jupyter-console and nbconvert yourself"
	else
		sudo=()
		if [ "$(id -u)" != 0 ]; then
			if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
				sudo=(sudo)
			else
				did "missing Debian packages; to install them run:"
				echo "    sudo apt-get update && sudo apt-get install -y ${need[*]}"
				need=()
			fi
		fi
		if [ ${#need[@]} -gt 0 ]; then
			echo "install.sh: apt-get install ${need[*]} ..."
			"${sudo[@]}" apt-get update -qq
			"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
				apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
			did "installed Debian packages ${need[*]}"
		fi
	fi
fi

if command -v jupyter >/dev/null; then
	# Captured first: grep -q closing the pipe early would fail it under pipefail.
	specs="$(jupyter kernelspec list 2>/dev/null || true)"
	if grep -q '^ *bytepy ' <<<"$specs"; then
		did "jupyter kernelspec list shows bytepy; try: jupyter console --kernel bytepy"
	else
		did "warning: jupyter kernelspec list does not show bytepy" >&2
	fi
fi
