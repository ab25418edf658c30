#!/usr/bin/env bash
# Interpreter speed beside CPython 3 on this machine: benchmarks/interpreter_suite.py times each workload
# in-process (best of several repeats, so JVM warm-up and process start are left out), once under
# Torchlet and once under CPython, side by side.
# Usage: benchmarks/interpreter.sh [python3]   (default /usr/bin/python3, which needs torch for tensor_loop)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$HERE/side_by_side.sh" "$HERE/interpreter_suite.py" CPython "${1:-/usr/bin/python3}"
