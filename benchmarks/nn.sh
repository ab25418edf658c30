#!/usr/bin/env bash
# Training speed beside PyTorch 1.13 on this machine: benchmarks/nn_suite.py times the seed's MNIST
# CNN (an epoch of 938 batches of 64, extrapolated from timed batches), an MLP 784-256-10 training
# step and Conv2d forward+backward on 64x1x28x28, once under Torchlet (the JVM engine) and once
# under PyTorch on one thread (as Torchlet's engine runs), side by side.
# Usage: benchmarks/nn.sh [python3]   (default /usr/bin/python3, Debian's python3-torch)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$HERE/side_by_side.sh" "$HERE/nn_suite.py" "PyTorch 1.13" "${1:-/usr/bin/python3}" OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
