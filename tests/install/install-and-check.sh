#!/bin/sh
# install-and-check.sh CMAKE BUILD_DIR CHECKER: installs the build into a scratch root, checks it.
set -eu
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
"$1" --install "$2" --prefix "$root/usr" >/dev/null
"$3" "$root"
