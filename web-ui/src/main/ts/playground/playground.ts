// The playground page at "/": an editor, a Run button and an output area, all through the
// public torchlet.run API (loaded separately by its own script tag, like any embedding page).
import { PythonEditor, tracebackLine } from '../editor/python-editor';
import { renderFigure } from '../plots/figure-view';
import { showProgress } from '../plots/progress-view';

const FILENAME = '<cell>';
const editorHost = document.getElementById('editor-host') as HTMLDivElement;
const editor = new PythonEditor({
  parent: editorHost,
  code: editorHost.dataset.code ?? '',
  onRun: () => void runEditor(),
  contentAttributes: { id: 'editor', 'aria-label': 'Python' },
});
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
  editor.markErrorLine(null);
  output.dataset.state = 'running';
  runButton.disabled = true;
  stopButton.disabled = false;
  status.textContent = status.dataset.running ?? 'Running…';
  try {
    const result = await window.torchlet.run(editor.code, {
      filename: FILENAME,
      onStdout: (text) => appendOutput(text, 'stdout'),
      onStderr: (text) => appendOutput(text, 'stderr'),
      onFigure: (figure) => output.append(renderFigure(figure)),
      onProgress: (state) => showProgress(output, state),
      onClearOutput: () => (output.textContent = ''),
      signal: controller.signal,
    });
    if (result.error !== null) {
      appendOutput(result.error, 'traceback');
      editor.markErrorLine(tracebackLine(result.error, FILENAME));
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
void window.torchlet.ready().then((info) => {
  status.textContent = info.runtime === 'wasm-gc' ? 'WebAssembly' : 'JavaScript';
  runButton.disabled = false;
});

