// A lesson's notebook: all its cells share one program state (the torchlet runtime keeps
// globals between runs until reset()). Running cell k first runs the cells before it that have
// not run since the last restart; one sequence runs at a time, and Stop ends it.
import type { RunResult } from '../api/torchlet';
import { type PythonEditor, tracebackLine } from '../editor/python-editor';
import type { CellView } from './cell-view';
import type { OutputView } from './output-view';
import type { StepPanel } from '../visualizer/step-panel';

export type Outcome = 'done' | 'error' | 'stopped';

export interface RunTarget {
  source: string;
  filename: string;
  output: OutputView;
  editor: PythonEditor | null;
  /** Run in step mode, shown in this panel. */
  stepPanel?: StepPanel;
  /** Keep what the output area already shows (a check runs after the learner's attempt). */
  appendOutput?: boolean;
}

export interface NotebookListener {
  /** A lesson cell ran to the end it is meant to have (success, or the error it demonstrates). */
  cellCompleted(view: CellView): void;
  busyChanged(busy: boolean): void;
}

export class Notebook {
  private readonly ranSinceRestart = new Set<CellView>();
  private controller: AbortController | null = null;
  private running: CellView | null = null;
  private stopRequested = false;
  private sequence: Promise<unknown> | null = null;
  /** True from the moment a sequence starts (before `sequence` is assigned) until it ends. */
  private active = false;

  constructor(private readonly cells: readonly CellView[], private readonly listener: NotebookListener) {}

  get busy(): boolean {
    return this.active;
  }

  /** Runs `view` after the not-yet-run cells before it. */
  runCell(view: CellView): void {
    const index = this.cells.indexOf(view);
    const pending = this.cells.slice(0, index).filter((cell) => !this.ranSinceRestart.has(cell));
    this.start(() => this.runCells([...pending, view], view));
  }

  /** Runs the not-yet-run cells before `view`, then `view` in step mode. */
  stepCell(view: CellView): void {
    const index = this.cells.indexOf(view);
    const pending = this.cells.slice(0, index).filter((cell) => !this.ranSinceRestart.has(cell));
    this.start(async () => {
      if (await this.runCells(pending, null)) {
        await this.runCells([view], view, { stepPanel: view.stepPanel });
      }
    });
  }

  runAll(): void {
    this.start(() => this.runCells(this.cells, null));
  }

  /**
   * Runs the lesson's pending cells (all of them, even past a failing one, so the attempt sees as
   * much of the lesson's state as there is), then `steps` one after another while they succeed.
   * Resolves with the outcome of the last step that ran, or null when stopped before the steps.
   */
  runAfterLesson(steps: RunTarget[]): Promise<{ outcome: Outcome; result: RunResult } | null> {
    return new Promise((resolve) => {
      const started = this.start(async () => {
        const pending = this.cells.filter((cell) => !this.ranSinceRestart.has(cell));
        await this.runCells(pending, null, { stopOnFailure: false });
        if (this.stopRequested) {
          resolve(null);
          return;
        }
        let last: { outcome: Outcome; result: RunResult } | null = null;
        for (const step of steps) {
          last = await this.runTarget(step);
          if (last.outcome !== 'done') {
            break;
          }
        }
        resolve(last);
      });
      if (!started) {
        resolve(null);
      }
    });
  }

  stop(): void {
    if (this.active) {
      this.stopRequested = true;
      this.controller?.abort();
    }
  }

  /** Stops what runs, then forgets every variable (a fresh program state). */
  async restart(): Promise<void> {
    this.stop();
    await this.sequence;
    await window.torchlet.reset();
    this.ranSinceRestart.clear();
    for (const cell of this.cells) {
      if (cell.output.state === 'queued') {
        cell.output.state = 'idle';
      }
    }
  }

  private start(body: () => Promise<unknown>): boolean {
    if (this.active) {
      return false;
    }
    this.active = true;
    this.stopRequested = false;
    this.listener.busyChanged(true);
    this.updateButtons();
    this.sequence = body().finally(() => {
      this.active = false;
      this.sequence = null;
      this.running = null;
      this.listener.busyChanged(false);
      this.updateButtons();
    });
    return true;
  }

  /**
   * Runs `views` in order. Unless told otherwise, a cell other than `target` that fails
   * unexpectedly ends the sequence (the cells after it would only fail on its missing names).
   */
  private async runCells(views: readonly CellView[], target: CellView | null,
    { stopOnFailure = true, stepPanel }: { stopOnFailure?: boolean; stepPanel?: StepPanel } = {}): Promise<boolean> {
    views.forEach((view) => (view.output.state = 'queued'));
    let allAsMeant = true;
    for (const [position, view] of views.entries()) {
      if (this.stopRequested) {
        views.slice(position).forEach((rest) => (rest.output.state = 'idle'));
        return false;
      }
      this.running = view;
      this.updateButtons();
      const { outcome, result } = await this.runTarget({
        source: view.editor.code,
        filename: view.filename,
        output: view.output,
        editor: view.editor,
        stepPanel,
      });
      this.ranSinceRestart.add(view);
      view.showDevice(result.device, result.runtime);
      const meant = outcome === (view.cell.flags.has('error') ? 'error' : 'done');
      if (meant) {
        this.listener.cellCompleted(view);
      }
      allAsMeant &&= meant;
      if (!meant && stopOnFailure && view !== target) {
        views.slice(position + 1).forEach((rest) => (rest.output.state = 'idle'));
        return false;
      }
    }
    return allAsMeant;
  }

  private async runTarget(target: RunTarget): Promise<{ outcome: Outcome; result: RunResult }> {
    const controller = new AbortController();
    this.controller = controller;
    if (target.appendOutput !== true) {
      target.output.clear();
    }
    target.output.state = 'running';
    target.editor?.markErrorLine(null);
    const stepPanel = target.stepPanel;
    stepPanel?.begin();
    const result = await window.torchlet.run(target.source, {
      filename: target.filename,
      signal: controller.signal,
      onPause: stepPanel === undefined ? undefined : (state, resume) => stepPanel.paused(state, resume),
      onStdout: (text) => target.output.append(text, 'stdout'),
      onStderr: (text) => target.output.append(text, 'stderr'),
      onFigure: (figure) => target.output.appendFigure(figure),
      onProgress: (state) => target.output.showProgress(state),
      onClearOutput: () => target.output.clear(),
    });
    this.controller = null;
    stepPanel?.ended();
    let outcome: Outcome = 'done';
    if (result.error !== null) {
      target.output.append(result.error, 'traceback');
      outcome = controller.signal.aborted && result.error.trimEnd().endsWith('KeyboardInterrupt') ? 'stopped' : 'error';
      if (outcome === 'error') {
        target.editor?.markErrorLine(tracebackLine(result.error, target.filename));
      }
    }
    target.output.state = outcome;
    return { outcome, result };
  }

  private updateButtons(): void {
    const busy = this.active;
    for (const cell of this.cells) {
      cell.setBusy(busy, busy && cell === this.running);
    }
  }
}
