#!/usr/bin/env bash
# Runs one benchmark suite under Torchlet (./torchlet run, the JVM) and under a reference Python,
# each printing "name milliseconds …" per line, and prints the two side by side with their ratio.
# Usage: benchmarks/side_by_side.sh SUITE.py REFERENCE_LABEL PYTHON [ENV=VALUE …]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUITE="$1"
LABEL="$2"
PYTHON="$3"
shift 3
ours="$("$ROOT/torchlet" run "$SUITE")"
theirs="$(env "$@" "$PYTHON" "$SUITE")"
printf '%-28s %14s %14s %8s\n' benchmark "Torchlet JVM" "$LABEL" ratio
while read -r name ms _; do
  reference="$(awk -v n="$name" '$1 == n { print $2 }' <<<"$theirs")"
  printf '%-28s %11s ms %11s ms %7.1fx\n' "$name" "$ms" "$reference" "$(awk -v a="$ms" -v b="$reference" 'BEGIN { print a / b }')"
done <<<"$ours"
