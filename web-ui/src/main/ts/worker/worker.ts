// The runtime worker: loads the TeaVM-compiled engine + interpreter and runs programs in
// slices of bytecode instructions, so cancel messages get through during long loops and
// output streams to the page while a program runs.
import type { OutputStream, PageToWorker, WorkerToPage } from '../protocol';
import { installFigureRenderer } from '../plots/figure-png';
import { loadRuntime, type LoadedRuntime } from './load-runtime';
import { OUTPUT_SINK_GLOBAL, RunStatus, type OutputSink, type RuntimeExports } from './runtime-bindings';

const INSTRUCTIONS_PER_SLICE = 200_000;
const STREAM_NAMES = ['stdout', 'stderr', 'figure', 'progress', 'clear'] as const;

interface ActiveRun {
  id: number;
  step: boolean;
  /** A step-mode run waiting for the page's 'resume'. */
  paused: boolean;
  started: number;
  pending: { stream: OutputStream; text: string }[];
}

let runtime: LoadedRuntime | null = null;
let active: ActiveRun | null = null;
const queue: Extract<PageToWorker, { type: 'run' }>[] = [];
const yieldChannel = new MessageChannel();

function post(message: WorkerToPage): void {
  (self as unknown as Worker).postMessage(message);
}

const sink: OutputSink = (stream, text) => {
  if (active === null) {
    return;
  }
  const name = STREAM_NAMES[stream] ?? 'stdout';
  const last = active.pending[active.pending.length - 1];
  if (last !== undefined && last.stream === name && (name === 'stdout' || name === 'stderr')) {
    last.text += text;
  } else {
    active.pending.push({ stream: name, text });
  }
};
(self as unknown as Record<string, unknown>)[OUTPUT_SINK_GLOBAL] = sink;
installFigureRenderer(); // plt.savefig's PNGs

function flushOutput(run: ActiveRun): void {
  for (const chunk of run.pending) {
    post({ type: 'output', id: run.id, stream: chunk.stream, text: chunk.text });
  }
  run.pending = [];
}

function finish(run: ActiveRun, error: string | null): void {
  flushOutput(run);
  const device = runtime?.exports.takeRunDevice() ?? 'CPU';
  post({ type: 'result', id: run.id, error, durationMs: performance.now() - run.started, device });
  active = null;
  startNext();
}

async function runSlice(): Promise<void> {
  const run = active;
  if (run === null || runtime === null) {
    return;
  }
  let status: number;
  try {
    // A promise: the slice may wait for the GPU (a tensor read back), without blocking the worker.
    status = await runtime.exports.continueRun(INSTRUCTIONS_PER_SLICE);
  } catch (e) {
    runtimeFailed(run, e);
    return;
  }
  if (status === RunStatus.BUDGET_USED) {
    flushOutput(run);
    // Yield to the event loop (a MessageChannel hop, not setTimeout's clamped delay) so
    // that a cancel message can be handled before the next slice.
    yieldChannel.port2.postMessage(null);
    return;
  }
  if (status === RunStatus.PAUSED) {
    // Step mode: show the page where the program stands and wait for its 'resume'.
    flushOutput(run);
    run.paused = true;
    await postStepState(run);
    return;
  }
  if (run.step) {
    await postStepState(run);
  }
  finish(run, status === RunStatus.FAILED ? runtime.exports.errorText() : null);
}
yieldChannel.port1.onmessage = () => void runSlice();

/**
 * The runtime itself failed (a Wasm trap or a JavaScript error, a Torchlet bug): the program ends
 * with an error the learner can read, in a fresh session, instead of leaving the cell waiting forever.
 */
function runtimeFailed(run: ActiveRun, e: unknown): void {
  let note = 'the program state was reset';
  try {
    runtime?.exports.resetSession();
  } catch {
    note = 'reload the page to continue';
  }
  finish(run, `SystemError: internal error in Torchlet (${String(e)}); ${note}`);
}

async function postStepState(run: ActiveRun): Promise<void> {
  if (runtime === null) {
    return;
  }
  const exports = runtime.exports;
  const line = exports.currentLine();
  const variables = await exports.variablesJson();
  const events = await exports.takeGraphEvents();
  post({ type: 'paused', id: run.id, line, variables, events });
}

function startNext(): void {
  if (active !== null || runtime === null) {
    return;
  }
  const next = queue.shift();
  if (next === undefined) {
    return;
  }
  const run: ActiveRun = { id: next.id, step: next.step === true, paused: false, started: performance.now(), pending: [] };
  active = run;
  let compileError: string | null | undefined;
  try {
    compileError = run.step
      ? runtime.exports.startStepRun(next.source, next.filename)
      : runtime.exports.startRun(next.source, next.filename);
  } catch (e) {
    runtimeFailed(run, e);
    return;
  }
  if (compileError !== null && compileError !== undefined) {
    finish(run, compileError);
    return;
  }
  void runSlice();
}

/** Opens the GPU where there is one; a failure only means programs run on the CPU. */
async function startAccelerator(exports: RuntimeExports): Promise<string> {
  try {
    return await exports.startAccelerator();
  } catch {
    return '';
  }
}

async function init(baseUrl: string, choice: Extract<PageToWorker, { type: 'init' }>['runtime'], gpu: boolean): Promise<void> {
  const started = performance.now();
  try {
    runtime = await loadRuntime(baseUrl, choice);
    runtime.exports.resetSession();
    const accelerator = gpu ? await startAccelerator(runtime.exports) : '';
    post({ type: 'ready', runtime: runtime.kind, loadMs: performance.now() - started, fallbackReason: runtime.fallbackReason, accelerator });
    startNext();
  } catch (e) {
    post({ type: 'load-failed', message: String(e) });
  }
}

self.onmessage = (event: MessageEvent<PageToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'init':
      void init(message.baseUrl, message.runtime, message.gpu);
      break;
    case 'run':
      queue.push(message);
      startNext();
      break;
    case 'cancel':
      if (active !== null && active.id === message.id && runtime !== null) {
        runtime.exports.cancelRun();
        if (active.paused) {
          // A paused run executes nothing until resumed: resume it so KeyboardInterrupt is raised.
          active.paused = false;
          runtime.exports.setStepMode(false);
          void runSlice();
        }
      } else {
        const index = queue.findIndex((queued) => queued.id === message.id);
        if (index >= 0) {
          const [dropped] = queue.splice(index, 1);
          post({ type: 'result', id: dropped.id, error: 'KeyboardInterrupt', durationMs: 0, device: 'CPU' });
        }
      }
      break;
    case 'resume':
      if (active !== null && active.id === message.id && runtime !== null) {
        if (active.paused) {
          active.paused = false;
          runtime.exports.setStepMode(message.mode === 'next');
          void runSlice();
        }
      }
      break;
    case 'reset':
      runtime?.exports.resetSession();
      break;
  }
};
