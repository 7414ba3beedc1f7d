#!/usr/bin/env bash
# install.sh — build bytepy and install it.
#
#   ./install.sh            binary to ~/.local/bin
#   ./install.sh --system   binary to /usr/local/bin (as root)
#
# Idempotent: running it again rebuilds and reinstalls.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PATH:/usr/local/go/bin"

system=0
for a in "$@"; do
	case "$a" in
	--system) system=1 ;;
	-h|--help) sed -n '2,7p' "$0"; exit 0 ;;
	*) echo "install.sh: unknown option $a" >&2; exit 2 ;;
	esac
done

if ! command -v go >/dev/null; then
	echo "install.sh: Go is missing; install Go 1.26 (https://go.dev/dl) and retry" >&2
	exit 1
fi

if [ "$system" = 1 ]; then bindir=/usr/local/bin; else bindir="$HOME/.local/bin"; fi
mkdir -p "$bindir"
echo "building bytepy ..."
go build -o "$bindir/bytepy" ./cmd/bytepy
echo "installed $bindir/bytepy"
case ":$PATH:" in
*":$bindir:"*) ;;
*) echo "note: $bindir is not on PATH; add it to use 'bytepy' directly" ;;
esac
