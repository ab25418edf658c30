#!/usr/bin/env bash
# Training speed beside PyTorch 1.13 on this machine: benchmarks/nn_suite.py times the seed's MNIST
# CNN (an epoch of 938 batches of 64, extrapolated from timed batches), an MLP 784-256-10 training
# step and Conv2d forward+backward on 64x1x28x28, once under Torchlet (./torchlet run, the JVM
# engine) and once under PyTorch (one thread, as Torchlet uses); this prints them side by side.
# Usage: benchmarks/nn.sh [python3]   (default /usr/bin/python3, Debian's python3-torch)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${1:-/usr/bin/python3}"
SUITE="$ROOT/benchmarks/nn_suite.py"
ours="$("$ROOT/torchlet" run "$SUITE")"
theirs="$(OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 "$PYTHON" "$SUITE")"
printf '%-28s %14s %14s %8s\n' benchmark "Torchlet JVM" "PyTorch 1.13" ratio
while read -r name ms _; do
  pytorch="$(awk -v n="$name" '$1 == n { print $2 }' <<<"$theirs")"
  printf '%-28s %11s ms %11s ms %7.1fx\n' "$name" "$ms" "$pytorch" "$(awk -v a="$ms" -v b="$pytorch" 'BEGIN { print a / b }')"
done <<<"$ours"
