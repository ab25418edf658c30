// The playground page at "/": an editor, a Run button and an output area, all through the
// public torchlet.run API (loaded separately by its own script tag, like any embedding page).
const editor = document.getElementById('editor') as HTMLTextAreaElement;
const runButton = document.getElementById('run') as HTMLButtonElement;
const stopButton = document.getElementById('stop') as HTMLButtonElement;
const output = document.getElementById('output') as HTMLPreElement;
const status = document.getElementById('status') as HTMLSpanElement;

let controller: AbortController | null = null;

function appendOutput(text: string, className: string): void {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  output.appendChild(span);
}

async function runEditor(): Promise<void> {
  if (controller !== null) {
    return;
  }
  controller = new AbortController();
  output.textContent = '';
  output.dataset.state = 'running';
  runButton.disabled = true;
  stopButton.disabled = false;
  status.textContent = status.dataset.running ?? 'Running…';
  try {
    const result = await window.torchlet.run(editor.value, {
      onStdout: (text) => appendOutput(text, 'stdout'),
      onStderr: (text) => appendOutput(text, 'stderr'),
      signal: controller.signal,
    });
    if (result.error !== null) {
      appendOutput(result.error, 'traceback');
    }
    output.dataset.state = result.error === null ? 'done' : 'error';
    status.textContent = `${result.runtime === 'wasm-gc' ? 'WebAssembly' : 'JavaScript'} · ${Math.round(result.durationMs)} ms`;
  } catch (e) {
    appendOutput(String(e), 'traceback');
    output.dataset.state = 'error';
  } finally {
    controller = null;
    runButton.disabled = false;
    stopButton.disabled = true;
  }
}

runButton.addEventListener('click', () => void runEditor());
stopButton.addEventListener('click', () => controller?.abort());
editor.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.shiftKey || event.ctrlKey)) {
    event.preventDefault();
    void runEditor();
  }
});
void window.torchlet.ready().then((info) => {
  status.textContent = info.runtime === 'wasm-gc' ? 'WebAssembly' : 'JavaScript';
  runButton.disabled = false;
});

export {};
