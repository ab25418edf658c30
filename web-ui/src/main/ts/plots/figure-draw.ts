// Draws a figure's Axes onto canvases: lines, scatters and bars with Chart.js, images pixel by
// pixel. One drawing for both places a figure appears: the page (figure-view.ts, a canvas per Axes
// in a grid, plt.show()) and the runtime worker (figure-png.ts, every Axes composed on one
// OffscreenCanvas and encoded as PNG, plt.savefig()).
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

/** A page's canvas or a worker's OffscreenCanvas. */
export type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;

/** One Axes and its place in the figure's subplot grid (0-based row and column). */
export interface AxesCell {
  axes: AxesSpec;
  row: number;
  col: number;
}

/** The figure's subplot grid, each cell cellWidth × cellHeight CSS pixels (matplotlib's inches at 100 dpi). */
export interface FigureLayout {
  rows: number;
  cols: number;
  cellWidth: number;
  cellHeight: number;
  cells: AxesCell[];
}

export function layoutFigure(figure: FigureSpec): FigureLayout {
  const rows = Math.max(1, ...figure.axes.map((a) => a.rows));
  const cols = Math.max(1, ...figure.axes.map((a) => a.cols));
  return {
    rows,
    cols,
    cellWidth: Math.floor(figure.width / cols),
    cellHeight: Math.floor(figure.height / rows),
    cells: figure.axes.map((axes) => ({ axes, row: Math.floor((axes.index - 1) / axes.cols), col: (axes.index - 1) % axes.cols })),
  };
}

/**
 * Draws `axes` on `canvas`, which becomes `width` × `height` CSS pixels of `pixelRatio` device pixels
 * each (the page's devicePixelRatio when not given; savefig's dpi / 100 in the worker). Returns the
 * Chart that drew it (null for an image); call its destroy() once the pixels are no longer needed.
 */
export function drawAxes(canvas: AnyCanvas, axes: AxesSpec, width: number, height: number, pixelRatio?: number): Chart | null {
  const image = axes.series.find((s) => s.kind === 'image');
  if (image !== undefined && image.kind === 'image') {
    imageAxes(canvas, axes, image, width, height, pixelRatio ?? pageDevicePixelRatio());
    return null;
  }
  return chartAxes(canvas, axes, width, height, pixelRatio);
}

function pageDevicePixelRatio(): number {
  return (globalThis as { devicePixelRatio?: number }).devicePixelRatio ?? 1;
}

function chartAxes(canvas: AnyCanvas, axes: AxesSpec, width: number, height: number, pixelRatio: number | undefined): Chart {
  canvas.width = width;
  canvas.height = height;
  const datasets = axes.series.map(dataset).filter((d): d is ChartDataset<'line' | 'scatter'> => d !== null);
  // Not responsive and not animated: the chart is drawn, at its final size, before the constructor
  // returns. Chart.js draws on an OffscreenCanvas too (its BasicPlatform) though its types omit it.
  return new Chart(canvas as HTMLCanvasElement, {
    type: 'scatter',
    data: { datasets },
    options: {
      responsive: false,
      animation: false,
      ...(pixelRatio === undefined ? {} : { devicePixelRatio: pixelRatio }),
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

/**
 * An image Axes: the title on top as Chart.js draws a chart's, the image below it scaled to fit
 * without smoothing (by whole pixels when it is smaller than the Axes, so pixels stay square).
 */
function imageAxes(canvas: AnyCanvas, axes: AxesSpec, image: Extract<SeriesSpec, { kind: 'image' }>, width: number, height: number, pixelRatio: number): void {
  canvas.width = Math.max(1, Math.floor(width * pixelRatio));
  canvas.height = Math.max(1, Math.floor(height * pixelRatio));
  if ('style' in canvas) {
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (context === null) {
    throw new Error(`no 2D context for a ${canvas.width}x${canvas.height} canvas`);
  }
  context.scale(pixelRatio, pixelRatio);
  const padding = 8;
  let top = padding;
  if (axes.title !== null) {
    // Where Chart.js's title plugin puts a chart's title: bold, 10 px above and below a 1.2-line box.
    const size = Chart.defaults.font.size ?? 12;
    context.font = `bold ${size}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    context.fillStyle = String(Chart.defaults.color);
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(axes.title, width / 2, 10 + (size * 1.2) / 2, width);
    top = 10 + size * 1.2 + 10;
  }
  const pixels = new OffscreenCanvas(image.cols, image.rows);
  const pixelContext = pixels.getContext('2d');
  if (pixelContext === null) {
    throw new Error(`no 2D context for a ${image.cols}x${image.rows} image`);
  }
  pixelContext.putImageData(imagePixels(image), 0, 0);
  let scale = Math.min((width - 2 * padding) / image.cols, (height - top - padding) / image.rows);
  scale = scale >= 1 ? Math.floor(scale) : Math.max(scale, 1 / Math.max(image.cols, image.rows));
  const w = image.cols * scale;
  const h = image.rows * scale;
  context.imageSmoothingEnabled = false;
  context.drawImage(pixels, (width - w) / 2, top + Math.max(0, (height - top - padding - h) / 2), w, h);
}

/** The image's RGBA pixels: one channel through its colour map, or RGB(A). */
function imagePixels(image: Extract<SeriesSpec, { kind: 'image' }>): ImageData {
  const pixels = new ImageData(image.cols, image.rows);
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
  return pixels;
}
