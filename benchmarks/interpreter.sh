#!/usr/bin/env bash
# Interpreter speed beside CPython 3 on this machine: each program in benchmarks/interpreter times its own
# workload (best of several repeats, so JVM warm-up and process start are left out) and prints one line.
# Usage: benchmarks/interpreter.sh [python3]   (default /usr/bin/python3; tensor_loop needs torch there)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${1:-/usr/bin/python3}"
printf '%-18s %14s %14s %8s\n' benchmark "Torchlet JVM" "CPython" ratio
for program in "$ROOT"/benchmarks/interpreter/*.py; do
  ours="$("$ROOT/torchlet" run "$program" | sed -n 's/^[a-z_]* \([0-9.]*\) ms.*/\1/p')"
  theirs="$("$PYTHON" "$program" | sed -n 's/^[a-z_]* \([0-9.]*\) ms.*/\1/p')"
  ratio="$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.1fx", a / b }')"
  printf '%-18s %11s ms %11s ms %8s\n' "$(basename "$program" .py)" "$ours" "$theirs" "$ratio"
done
