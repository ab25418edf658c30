#!/usr/bin/env bash
# Interpreter speed in the browser beside CPython 3 on this machine: benchmarks/interpreter_suite.py
# runs in headless Chromium on the playground page (torchlet.run), in the WebAssembly GC runtime and
# in the JavaScript fallback, and under CPython; times are in-process bests, printed side by side.
# Usage: benchmarks/interpreter-browser.sh [python3]   (default /usr/bin/python3, which needs torch)
# Needs Chromium (/usr/bin/chromium, or CHROMIUM=…); builds Torchlet if needed and serves it on a free port.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PYTHON="${1:-/usr/bin/python3}"
source "$HERE/serve-for-browser.sh"

ours="$(node "$HERE/browser/run-suite.mjs" "$BASE_URL" "$HERE/interpreter_suite.py")"
theirs="$("$PYTHON" "$HERE/interpreter_suite.py")"
printf '%-20s %16s %16s %14s %10s %10s\n' benchmark "Torchlet Wasm GC" "Torchlet JS" CPython "Wasm/Py" "JS/Py"
while read -r name reference _; do
  wasm="$(awk -v n="$name" '$1 == "wasm-gc" && $2 == n { print $3 }' <<<"$ours")"
  js="$(awk -v n="$name" '$1 == "js" && $2 == n { print $3 }' <<<"$ours")"
  printf '%-20s %13s ms %13s ms %11s ms %9.1fx %9.1fx\n' "$name" "$wasm" "$js" "$reference" \
    "$(awk -v a="$wasm" -v b="$reference" 'BEGIN { print a / b }')" "$(awk -v a="$js" -v b="$reference" 'BEGIN { print a / b }')"
done <<<"$theirs"
