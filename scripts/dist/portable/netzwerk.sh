#!/bin/sh
# netzwerk, the portable program: Node.js (node/node) and the program lie in this folder, nothing
# is installed. A link to this file (e.g. ~/.local/bin/netzwerk) works too: it is followed.
self=$(readlink -f -- "$0" 2>/dev/null || printf '%s' "$0")
here=$(CDPATH= cd -- "$(dirname -- "$self")" && pwd)
exec "$here/node/node" "$here/bin/netzwerk.cjs" "$@"
