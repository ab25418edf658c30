// The functions the TeaVM-compiled runtime (dev.torchlet.web.BrowserRuntime) exports. Both
// the Wasm GC and the JavaScript build export the same names. Exports that can run Python code or
// print tensors return promises: reading a tensor back from the GPU suspends the runtime until the
// browser answers.
export interface RuntimeExports {
  /** Starts a fresh program state (the notebook's globals). */
  resetSession(): void;
  /** Compiles `source` and prepares it to run; returns null, or a traceback when it does not compile. */
  startRun(source: string, filename: string): string | null;
  /** Runs up to `budget` bytecode instructions; resolves to one of the RunStatus codes. */
  continueRun(budget: number): Promise<number>;
  /** The traceback of the run that just failed. */
  errorText(): string;
  /** Asks the running program to stop at its next instruction (it raises KeyboardInterrupt). */
  cancelRun(): void;
  /** Like startRun, but the run pauses before each statement and records the autograd graph. */
  startStepRun(source: string, filename: string): string | null;
  /** Step mode on or off for the current run (Continue turns it off). */
  setStepMode(on: boolean): void;
  /** The 1-based line the paused program runs next (0 when none). */
  currentLine(): number;
  /** The visible variables as a JSON array. */
  variablesJson(): Promise<string>;
  /** The graph events recorded since the last call, as a JSON array. */
  takeGraphEvents(): Promise<string>;
  /** Opens the WebGPU device (cuda:0) where the browser has one; resolves to acceleratorName(). */
  startAccelerator(): Promise<string>;
  /** Where the code since the last call computed: the accelerator's description when it ran kernels, else "CPU". */
  takeRunDevice(): string;
  /** The accelerator's description ("WebGPU: …"), or "" when programs run on the CPU only. */
  acceleratorName(): string;
  /** Checks the accelerator's kernels without the interpreter; resolves to "ok" or the mismatches. */
  acceleratorSelfTest(): Promise<string>;
  /** The accelerator's memory counters as JSON: {"allocated", "reserved", "pipelines"}, or "{}". */
  acceleratorMemoryJson(): string;
  /** Loses the GPU on purpose and checks that its tensors then fail with the reason; resolves to "ok" or what went wrong. */
  acceleratorLossTest(): Promise<string>;
}

/** Mirrors dev.torchlet.web.RunStatus. */
export const RunStatus = {
  FINISHED: 0,
  FAILED: 1,
  BUDGET_USED: 2,
  PAUSED: 3,
} as const;

/** Where the runtime writes program output; installed on the worker's global object before loading. */
export type OutputSink = (stream: number, text: string) => void;
export const OUTPUT_SINK_GLOBAL = '__torchletOutput';
