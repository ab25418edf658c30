// A figure from plt.show() in the page: each Axes on its own canvas (so Chart.js's tooltips work)
// in its place of the subplot grid, drawn by figure-draw.ts — the drawing savefig's PNG uses too.
import { drawAxes, layoutFigure } from './figure-draw';
import type { FigureSpec } from './figure-spec';

/** A figure's element: a grid of Axes, sized as matplotlib would size it. */
export function renderFigure(figure: FigureSpec): HTMLElement {
  const element = document.createElement('div');
  element.className = 'figure';
  const layout = layoutFigure(figure);
  element.style.gridTemplateColumns = `repeat(${layout.cols}, 1fr)`;
  element.style.width = `${figure.width}px`;
  element.dataset.axes = String(figure.axes.length);
  for (const { axes, row, col } of layout.cells) {
    const cell = document.createElement('div');
    cell.className = 'figure-axes';
    cell.style.gridRow = String(row + 1);
    cell.style.gridColumn = String(col + 1);
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', axes.title ?? (axes.series.some((s) => s.kind === 'image') ? 'image' : 'plot'));
    drawAxes(canvas, axes, layout.cellWidth, layout.cellHeight);
    cell.append(canvas);
    element.append(cell);
  }
  return element;
}
