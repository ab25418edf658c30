# Sourced by the browser benchmarks: installs the Node tools of browser/ when missing, serves
# Torchlet on a free port (building it if needed) for the life of the calling script, and sets
# BASE_URL. Needs HERE and ROOT set by the caller.
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
(cd "$HERE/browser" && [ -d node_modules/@tensorflow/tfjs-backend-webgpu ] || npm ci --no-audit --no-fund >&2)
"$ROOT/torchlet" serve --port "$PORT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  kill -0 $SERVER 2>/dev/null || { echo "the server did not start (run ./torchlet serve to see why)" >&2; exit 1; }
  sleep 1
done
BASE_URL="http://127.0.0.1:$PORT"
