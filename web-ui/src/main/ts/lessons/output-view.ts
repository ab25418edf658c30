// A cell's output area: stdout/stderr streamed in as spans, figures as they are shown, then the
// traceback, if any.
import type { FigureSpec } from '../plots/figure-spec';
import { renderFigure } from '../plots/figure-view';
import { showProgress } from '../plots/progress-view';
import type { ProgressState } from '../api/torchlet';

// data-state on the <pre> says idle | queued | running | done | error | stopped (tests wait on it).
export type OutputState = 'idle' | 'queued' | 'running' | 'done' | 'error' | 'stopped';

export class OutputView {
  readonly element: HTMLPreElement;

  constructor() {
    this.element = document.createElement('pre');
    this.element.className = 'cell-output';
    this.element.setAttribute('aria-live', 'polite');
    this.state = 'idle';
  }

  set state(state: OutputState) {
    this.element.dataset.state = state;
  }

  get state(): OutputState {
    return this.element.dataset.state as OutputState;
  }

  clear(): void {
    this.element.textContent = '';
  }

  showProgress(state: ProgressState): void {
    showProgress(this.element, state);
  }

  appendFigure(figure: FigureSpec): void {
    this.element.append(renderFigure(figure));
  }

  append(text: string, kind: 'stdout' | 'stderr' | 'traceback' | 'notice'): void {
    const last = this.element.lastElementChild;
    if (last instanceof HTMLSpanElement && last.className === kind) {
      last.textContent += text;
      return;
    }
    const span = document.createElement('span');
    span.className = kind;
    span.textContent = text;
    this.element.appendChild(span);
  }
}
