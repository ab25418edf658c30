// Draws a figure from plt.show() in the page: each Axes in its place of the subplot grid,
// lines, scatters and bars with Chart.js, images pixel by pixel on a canvas.
import {
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import { colormap, cssColor } from './colormaps';
import type { AxesSpec, FigureSpec, SeriesSpec } from './figure-spec';

Chart.register(Filler, Legend, LinearScale, LineController, LineElement, PointElement, ScatterController, Title, Tooltip);

const DASHES: Record<string, number[]> = { '-': [], '--': [6, 4], ':': [2, 3], '-.': [6, 3, 2, 3] };

/** A figure's element: a grid of Axes, sized as matplotlib would size it. */
export function renderFigure(figure: FigureSpec): HTMLElement {
  const element = document.createElement('div');
  element.className = 'figure';
  const rows = Math.max(1, ...figure.axes.map((a) => a.rows));
  const cols = Math.max(1, ...figure.axes.map((a) => a.cols));
  element.style.gridTemplateColumns = `repeat(${cols}, 1fr)`;
  element.style.width = `${figure.width}px`;
  element.dataset.axes = String(figure.axes.length);
  const cellWidth = Math.floor(figure.width / cols);
  const cellHeight = Math.floor(figure.height / rows);
  for (const axes of figure.axes) {
    const cell = document.createElement('div');
    cell.className = 'figure-axes';
    cell.style.gridRow = String(Math.floor((axes.index - 1) / axes.cols) + 1);
    cell.style.gridColumn = String(((axes.index - 1) % axes.cols) + 1);
    const image = axes.series.find((s) => s.kind === 'image');
    cell.append(image !== undefined && image.kind === 'image' ? imageAxes(axes, image, cellWidth, cellHeight) : chartAxes(axes, cellWidth, cellHeight));
    element.append(cell);
  }
  return element;
}

function chartAxes(axes: AxesSpec, width: number, height: number): HTMLElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', axes.title ?? 'plot');
  const datasets = axes.series.map(dataset).filter((d): d is ChartDataset<'line' | 'scatter'> => d !== null);
  new Chart(canvas, {
    type: 'scatter',
    data: { datasets },
    options: {
      responsive: false,
      animation: false,
      plugins: {
        title: { display: axes.title !== null, text: axes.title ?? '' },
        legend: { display: axes.legend && axes.series.some((s) => 'label' in s && s.label !== null), labels: { usePointStyle: true } },
      },
      scales: {
        x: axisOptions(axes.xlabel, axes.xlim, axes.grid),
        y: axisOptions(axes.ylabel, axes.ylim, axes.grid),
      },
    },
  });
  return canvas;
}

function axisOptions(label: string | null, limits: [number, number] | null, grid: boolean) {
  return {
    type: 'linear' as const,
    title: { display: label !== null, text: label ?? '' },
    min: limits?.[0],
    max: limits?.[1],
    grid: { display: grid },
  };
}

function points(x: (number | null)[], y: (number | null)[]): { x: number; y: number }[] {
  const result: { x: number; y: number }[] = [];
  x.forEach((xi, i) => {
    const yi = y[i];
    if (xi !== null && yi !== null && yi !== undefined) {
      result.push({ x: xi, y: yi });
    }
  });
  return result;
}

function dataset(series: SeriesSpec): ChartDataset<'line' | 'scatter'> | null {
  switch (series.kind) {
    case 'line':
      return {
        type: 'line',
        label: series.label ?? undefined,
        data: points(series.x, series.y),
        borderColor: series.color,
        backgroundColor: series.color,
        borderWidth: series.lineWidth,
        borderDash: DASHES[series.lineStyle] ?? [],
        showLine: series.lineStyle !== 'None' && series.lineStyle !== '',
        pointRadius: series.marker === null ? 0 : 3,
        pointStyle: series.marker === null ? 'line' : 'circle',
        tension: 0,
      };
    case 'scatter': {
      const values = series.colorValues;
      let colors: string | string[] = series.color ?? '#1f77b4';
      if (values !== null) {
        const finite = values.filter((v): v is number => v !== null);
        const low = Math.min(...finite);
        const high = Math.max(...finite);
        colors = values.map((v) => cssColor(colormap('viridis', v === null || high === low ? 0 : (v - low) / (high - low)), series.alpha));
      }
      return {
        type: 'scatter',
        label: series.label ?? undefined,
        data: points(series.x, series.y),
        backgroundColor: colors,
        borderColor: colors,
        pointRadius: Math.max(1, Math.sqrt(series.size) / 2),
      };
    }
    case 'bars': {
      // Each bar traced as a rectangle from the x axis, filled to it: one dataset for all bars.
      const outline: { x: number; y: number }[] = [];
      series.left.forEach((left, i) => {
        const width = series.width[i];
        const height = series.height[i];
        if (left !== null && width !== null && height !== null) {
          outline.push({ x: left, y: 0 }, { x: left, y: height }, { x: left + width, y: height }, { x: left + width, y: 0 });
        }
      });
      return {
        type: 'line',
        label: series.label ?? undefined,
        data: outline,
        borderColor: series.color,
        backgroundColor: series.color,
        borderWidth: 0.5,
        pointRadius: 0,
        pointStyle: 'rect',
        fill: 'origin',
        tension: 0,
      };
    }
    case 'image':
      return null;
  }
}

function imageAxes(axes: AxesSpec, image: Extract<SeriesSpec, { kind: 'image' }>, width: number, height: number): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'figure-image';
  if (axes.title !== null) {
    const caption = document.createElement('figcaption');
    caption.textContent = axes.title;
    figure.append(caption);
  }
  const canvas = document.createElement('canvas');
  canvas.width = image.cols;
  canvas.height = image.rows;
  const scale = Math.max(1, Math.floor(Math.min(width / image.cols, (height - 24) / image.rows)));
  canvas.style.width = `${image.cols * scale}px`;
  canvas.style.height = `${image.rows * scale}px`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', axes.title ?? 'image');
  const context = canvas.getContext('2d');
  if (context !== null) {
    const pixels = context.createImageData(image.cols, image.rows);
    const span = image.vmax - image.vmin;
    // RGB(A) floats are in [0, 1] (matplotlib's convention) unless they look like 0..255 bytes.
    const byteScale = image.channels > 1 && image.vmax > 1 ? 1 : 255;
    for (let p = 0; p < image.rows * image.cols; p++) {
      let rgba: number[];
      if (image.channels === 1) {
        const v = image.data[p] ?? image.vmin;
        rgba = [...colormap(image.cmap, span === 0 ? 0 : (v - image.vmin) / span), 255];
      } else {
        const at = p * image.channels;
        rgba = [0, 1, 2].map((c) => Math.round((image.data[at + c] ?? 0) * byteScale));
        rgba.push(image.channels === 4 ? Math.round((image.data[at + 3] ?? 1) * byteScale) : 255);
      }
      pixels.data.set(rgba, p * 4);
    }
    context.putImageData(pixels, 0, 0);
  }
  figure.append(canvas);
  return figure;
}
