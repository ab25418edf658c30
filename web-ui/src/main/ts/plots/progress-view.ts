// tqdm progress bars in an output area: one <progress> per bar, updated in place as the program
// reports it, with tqdm's own text beside it; a closed bar stays (leave=True) or goes away.
import type { ProgressState } from '../api/torchlet';

export function showProgress(container: HTMLElement, state: ProgressState): void {
  let bar = container.querySelector<HTMLElement>(`.progress-bar[data-progress-id="${state.id}"]`);
  if (bar === null) {
    bar = document.createElement('div');
    bar.className = 'progress-bar';
    bar.dataset.progressId = String(state.id);
    bar.append(document.createElement('progress'), document.createElement('span'));
    container.append(bar);
  }
  const meter = bar.querySelector('progress') as HTMLProgressElement;
  if (state.total !== null && state.total > 0) {
    meter.max = state.total;
    meter.value = Math.min(state.n, state.total);
  } else {
    meter.removeAttribute('value'); // an indeterminate bar when the length is unknown
  }
  (bar.querySelector('span') as HTMLSpanElement).textContent = state.text;
  bar.dataset.state = state.closed ? 'closed' : 'running';
  if (state.closed && !state.leave) {
    bar.remove();
  }
}
