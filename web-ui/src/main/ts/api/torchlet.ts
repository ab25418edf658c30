// torchlet.js — the public JavaScript API, loaded by one script tag:
//   <script src="https://host/torchlet.js"></script>
//   const result = await torchlet.run("import torch\nprint(torch.ones(2))");
// The playground page, embedded lesson cells and the end-to-end tests all go through it.
import type { FigureSpec } from '../plots/figure-spec';
import type { PageToWorker, RuntimeChoice, RuntimeKind, WorkerToPage } from '../protocol';

export type { FigureSpec } from '../plots/figure-spec';

/** A tqdm progress bar's state (see dev.torchlet.python.modules.progress.ProgressNatives). */
export interface ProgressState {
  id: number;
  n: number;
  total: number | null;
  desc: string | null;
  postfix: string | null;
  closed: boolean;
  leave: boolean;
  /** tqdm's own line for it: `desc: 40%|████      | 2/5, loss=0.5`. */
  text: string;
}

export interface RunOptions {
  /** Name shown in tracebacks; defaults to "<cell>". */
  filename?: string;
  /** Called with each piece of standard output as the program prints it. */
  onStdout?: (text: string) => void;
  /** Called with each piece of standard error output. */
  onStderr?: (text: string) => void;
  /** Called with each figure the program shows (plt.show()); Torchlet's pages draw it with plots/figure-view. */
  onFigure?: (figure: FigureSpec) => void;
  /** Called with each new state of a tqdm progress bar (the same id until it closes). */
  onProgress?: (state: ProgressState) => void;
  /**
   * Called when the program clears its output (IPython.display.clear_output): the page should
   * empty the output it shows. With wait=True it is called just before the next output arrives.
   */
  onClearOutput?: () => void;
  /** Aborting stops the program (it raises KeyboardInterrupt at its next instruction). */
  signal?: AbortSignal;
  /** Runs in step mode: called before each statement (and once at the end) until resumed. */
  onPause?: (state: PauseState, resume: (mode: 'next' | 'continue') => void) => void;
}

/** Where a step-mode run stands; `events` are the graph events since the previous pause. */
export interface PauseState {
  /** The line the program runs next; 0 once it has ended. */
  line: number;
  variables: VariableInfo[];
  events: GraphEventInfo[];
}

export interface TensorInfo {
  id: number;
  shape: number[];
  dtype: string;
  device: string;
  requiresGrad: boolean;
  isLeaf: boolean;
  gradFn: string | null;
  gradFnId: number;
  grad: string | null;
}

export interface VariableInfo {
  name: string;
  type: string;
  repr: string;
  tensor?: TensorInfo;
}

/** The engine's graph events (see dev.torchlet.web.GraphEventRecorder). */
export type GraphEventInfo =
  | { kind: 'node'; node: number; gradFn: string; output: number; shape: number[]; inputs: number[]; next: number[]; source: string | null; module: string }
  | { kind: 'backward'; roots: number[] }
  | { kind: 'evaluated'; node: number; gradFn: string; incoming: string | null; outgoing: (string | null)[] }
  | { kind: 'accumulated'; node: number; leaf: number; gradient: string | null; total: string | null }
  | { kind: 'freed'; nodes: number[] };

export interface RunResult {
  stdout: string;
  stderr: string;
  /** The figures the program showed, in order. */
  figures: FigureSpec[];
  /** The Python traceback when the program failed, else null. */
  error: string | null;
  durationMs: number;
  runtime: RuntimeKind;
  /** Where the program computed: "CPU", or the accelerator ("WebGPU: <adapter>") when it used cuda. */
  device: string;
}

export interface RuntimeInfo {
  runtime: RuntimeKind;
  loadMs: number;
  fallbackReason?: string;
  /** The GPU that `cuda` tensors run on ("WebGPU: …"), or "" when programs run on the CPU only. */
  accelerator: string;
}

interface PendingRun {
  options: RunOptions;
  stdout: string;
  stderr: string;
  figures: FigureSpec[];
  /** clear_output(wait=True) was called: clear when the next output arrives. */
  clearBeforeNextOutput: boolean;
  resolve: (result: RunResult) => void;
  reject: (error: Error) => void;
}

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const baseUrl = new URL('.', scriptUrl).href;

/** `?gpu=off` in the page URL keeps programs on the CPU even where the browser has WebGPU. */
function gpuWanted(): boolean {
  return new URLSearchParams(location.search).get('gpu') !== 'off';
}

function runtimeChoice(): RuntimeChoice {
  const requested = new URLSearchParams(location.search).get('runtime');
  return requested === 'js' || requested === 'wasm-gc' ? requested : 'auto';
}

class TorchletClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingRun>();
  private readyPromise: Promise<RuntimeInfo> | null = null;
  private info: RuntimeInfo | null = null;

  /** Starts the runtime worker (if not yet started) and resolves once it can run programs. */
  ready(): Promise<RuntimeInfo> {
    if (this.readyPromise === null) {
      this.readyPromise = new Promise((resolve, reject) => {
        // A worker from a Blob lets pages on other origins embed Torchlet with one script tag.
        const bootstrap = `importScripts(${JSON.stringify(baseUrl + 'torchlet-worker.js')});`;
        const worker = new Worker(URL.createObjectURL(new Blob([bootstrap], { type: 'text/javascript' })));
        this.worker = worker;
        worker.onmessage = (event: MessageEvent<WorkerToPage>) => {
          const message = event.data;
          if (message.type === 'ready') {
            this.info = {
              runtime: message.runtime,
              loadMs: message.loadMs,
              fallbackReason: message.fallbackReason,
              accelerator: message.accelerator,
            };
            resolve(this.info);
          } else if (message.type === 'load-failed') {
            reject(new Error('Torchlet runtime failed to load: ' + message.message));
          } else {
            this.onRunMessage(message);
          }
        };
        worker.onerror = (event) => {
          const error = new Error('Torchlet worker error: ' + event.message);
          reject(error);
          // Runs waiting on a broken worker fail instead of waiting forever.
          this.pending.forEach((run) => run.reject(error));
          this.pending.clear();
        };
        this.send({ type: 'init', baseUrl, runtime: runtimeChoice(), gpu: gpuWanted() });
      });
    }
    return this.readyPromise;
  }

  /** Runs Python source in the shared program state; resolves when it finishes, fails or is stopped. */
  async run(source: string, options: RunOptions = {}): Promise<RunResult> {
    await this.ready();
    const id = this.nextId++;
    return new Promise<RunResult>((resolve, reject) => {
      this.pending.set(id, { options, stdout: '', stderr: '', figures: [], clearBeforeNextOutput: false, resolve, reject });
      options.signal?.addEventListener('abort', () => this.send({ type: 'cancel', id }), { once: true });
      this.send({ type: 'run', id, source, filename: options.filename ?? '<cell>', step: options.onPause !== undefined });
    });
  }

  /** Forgets all variables, like restarting a notebook kernel. */
  async reset(): Promise<void> {
    await this.ready();
    this.send({ type: 'reset' });
  }

  private send(message: PageToWorker): void {
    this.worker?.postMessage(message);
  }

  private onRunMessage(message: Extract<WorkerToPage, { type: 'output' | 'result' | 'paused' }>): void {
    const run = this.pending.get(message.id);
    if (run === undefined) {
      return;
    }
    if (message.type === 'paused') {
      const state: PauseState = {
        line: message.line,
        variables: JSON.parse(message.variables) as VariableInfo[],
        events: JSON.parse(message.events) as GraphEventInfo[],
      };
      const id = message.id;
      run.options.onPause?.(state, (mode) => this.send({ type: 'resume', id, mode }));
      return;
    }
    if (message.type === 'output') {
      if (message.stream === 'clear') {
        run.clearBeforeNextOutput = (JSON.parse(message.text) as { wait: boolean }).wait;
        if (!run.clearBeforeNextOutput) {
          run.options.onClearOutput?.();
        }
        return;
      }
      if (run.clearBeforeNextOutput) {
        // clear_output(wait=True): the old output stays until the new one replaces it, without flicker
        run.clearBeforeNextOutput = false;
        run.options.onClearOutput?.();
      }
      if (message.stream === 'stdout') {
        run.stdout += message.text;
        run.options.onStdout?.(message.text);
      } else if (message.stream === 'progress') {
        run.options.onProgress?.(JSON.parse(message.text) as ProgressState);
      } else if (message.stream === 'figure') {
        const figure = JSON.parse(message.text) as FigureSpec;
        run.figures.push(figure);
        run.options.onFigure?.(figure);
      } else {
        run.stderr += message.text;
        run.options.onStderr?.(message.text);
      }
      return;
    }
    this.pending.delete(message.id);
    run.resolve({
      stdout: run.stdout,
      stderr: run.stderr,
      figures: run.figures,
      error: message.error,
      durationMs: message.durationMs,
      runtime: this.info?.runtime ?? 'js',
      device: message.device,
    });
  }
}

const client = new TorchletClient();

const api = {
  run: (source: string, options?: RunOptions) => client.run(source, options),
  ready: () => client.ready(),
  reset: () => client.reset(),
};

declare global {
  interface Window {
    torchlet: typeof api;
  }
}
window.torchlet = api;
