#!/usr/bin/env bash
# Torchlet's WebGPU device beside TF.js's WebGPU backend on the same adapter and beside Torchlet's
# CPU (Wasm) path, in one headless Chromium run: float32 matmul 256-2048 (with GFLOP/s), element-wise
# add and sum of 4M elements, a CNN layer's 3x3 convolution (benchmarks/webgpu_suite.py; TF.js does the same in browser/run-webgpu.mjs).
# On SwiftShader (no GPU) the ratios are what to compare. Usage: benchmarks/webgpu-browser.sh
# Needs Chromium (/usr/bin/chromium, or CHROMIUM=…); builds Torchlet if needed and serves it on a free port.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
source "$HERE/serve-for-browser.sh"

results="$(node "$HERE/browser/run-webgpu.mjs" "$BASE_URL" "$HERE/webgpu_suite.py")"
grep '^adapter ' <<<"$results" || true
printf '%-22s %16s %14s %14s %12s %16s\n' benchmark "Torchlet WebGPU" "TF.js WebGPU" "Torchlet CPU" "ours/TF.js" "ours GFLOP/s"
for name in $(awk '$1 == "tfjs-webgpu" { print $2 }' <<<"$results"); do
  ours="$(awk -v n="$name" '$1 == "torchlet-webgpu" && $2 == n { print $3 }' <<<"$results")"
  tfjs="$(awk -v n="$name" '$1 == "tfjs-webgpu" && $2 == n { print $3 }' <<<"$results")"
  cpu="$(awk -v n="$name" '$1 == "torchlet-cpu" && $2 == n { print $3 }' <<<"$results")"
  gflops="-"
  if [[ "$name" == matmul_* ]]; then
    gflops="$(awk -v n="${name#matmul_}" -v ms="$ours" 'BEGIN { printf "%.2f", 2 * n * n * n / (ms * 1e6) }')"
  elif [[ "$name" == conv2d_16x32x14x14_k3 ]]; then
    # 16 samples x 64 outputs x 14 x 14 positions x (32 x 3 x 3) multiply-adds.
    gflops="$(awk -v ms="$ours" 'BEGIN { printf "%.2f", 2 * 16 * 64 * 196 * 288 / (ms * 1e6) }')"
  fi
  printf '%-22s %13s ms %11s ms %11s ms %11.2fx %16s\n' "$name" "$ours" "$tfjs" "${cpu:--}" \
    "$(awk -v a="$ours" -v b="$tfjs" 'BEGIN { print a / b }')" "$gflops"
done
