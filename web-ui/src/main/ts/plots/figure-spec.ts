// A figure as the runtime hands it over when a program calls plt.show()
// (see dev.torchlet.python.modules.matplotlib.Figure#toJson). Sizes are in CSS pixels
// (matplotlib's inches at 100 dpi).

export interface FigureSpec {
  width: number;
  height: number;
  axes: AxesSpec[];
}

export interface AxesSpec {
  rows: number;
  cols: number;
  /** 1-based, row by row, as in plt.subplot(rows, cols, index). */
  index: number;
  title: string | null;
  xlabel: string | null;
  ylabel: string | null;
  xlim: [number, number] | null;
  ylim: [number, number] | null;
  grid: boolean;
  legend: boolean;
  series: SeriesSpec[];
}

/** Numbers that were NaN or infinite in Python arrive as null. */
type Numbers = (number | null)[];

export type SeriesSpec =
  | { kind: 'line'; x: Numbers; y: Numbers; label: string | null; color: string; lineStyle: string; marker: string | null; lineWidth: number }
  | { kind: 'scatter'; x: Numbers; y: Numbers; label: string | null; color: string | null; colorValues: Numbers | null; size: number; marker: string; alpha: number }
  | { kind: 'bars'; left: Numbers; width: Numbers; height: Numbers; label: string | null; color: string; alpha: number }
  | { kind: 'image'; rows: number; cols: number; channels: number; data: Numbers; cmap: string; vmin: number; vmax: number };
