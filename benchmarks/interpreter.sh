#!/usr/bin/env bash
# Interpreter speed beside CPython 3 on this machine: benchmarks/interpreter_suite.py times each workload
# in-process (best of several repeats, so JVM warm-up and process start are left out), once under
# Torchlet (./torchlet run, the JVM) and once under CPython; this prints them side by side.
# Usage: benchmarks/interpreter.sh [python3]   (default /usr/bin/python3, which needs torch for tensor_loop)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${1:-/usr/bin/python3}"
SUITE="$ROOT/benchmarks/interpreter_suite.py"
ours="$("$ROOT/torchlet" run "$SUITE")"
theirs="$("$PYTHON" "$SUITE")"
printf '%-18s %14s %14s %8s\n' benchmark "Torchlet JVM" "CPython" ratio
while read -r name ms _; do
  cpython="$(awk -v n="$name" '$1 == n { print $2 }' <<<"$theirs")"
  printf '%-18s %11s ms %11s ms %7.1fx\n' "$name" "$ms" "$cpython" "$(awk -v a="$ms" -v b="$cpython" 'BEGIN { print a / b }')"
done <<<"$ours"
