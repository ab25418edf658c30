// Messages between the page (torchlet.js) and the runtime worker. One file so both sides
// are type-checked against the same shapes.

export type RuntimeKind = 'wasm-gc' | 'js';
export type RuntimeChoice = 'auto' | RuntimeKind;

/**
 * Program output: text streams, figures from plt.show(), tqdm progress states and
 * IPython.display.clear_output requests (one JSON document per message for the last three).
 */
export type OutputStream = 'stdout' | 'stderr' | 'figure' | 'progress' | 'clear';

export type PageToWorker =
  | { type: 'init'; baseUrl: string; runtime: RuntimeChoice; gpu: boolean }
  | { type: 'run'; id: number; source: string; filename: string; step?: boolean }
  | { type: 'resume'; id: number; mode: 'next' | 'continue' }
  | { type: 'cancel'; id: number }
  | { type: 'reset' };

export type WorkerToPage =
  | { type: 'ready'; runtime: RuntimeKind; loadMs: number; fallbackReason?: string; accelerator: string }
  | { type: 'load-failed'; message: string }
  | { type: 'output'; id: number; stream: OutputStream; text: string }
  | { type: 'paused'; id: number; line: number; variables: string; events: string }
  | { type: 'result'; id: number; error: string | null; durationMs: number; device: string };
