// plt.savefig in the runtime worker: the figure drawn by figure-draw.ts — the page's drawing —
// with every Axes composed on one OffscreenCanvas, read back and encoded as PNG with fast-png,
// all synchronously, for the runtime's CanvasFigureRenderer (dev.torchlet.web) to write into the
// program's file system.
import { encode } from 'fast-png';
import { drawAxes, layoutFigure } from './figure-draw';
import type { FigureSpec } from './figure-spec';

/** The PNG file, or why the figure could not be drawn (the runtime raises it as a Python error). */
export interface FigurePng {
  png: Int8Array | null;
  error: string | null;
}

/** Where the runtime finds renderFigurePng (see CanvasFigureRenderer.java). */
export const FIGURE_RENDERER_GLOBAL = '__torchletRenderFigure';

/**
 * `figureJson` (a FigureSpec, sized in CSS pixels at 100 dpi) drawn on `width` × `height` pixels:
 * everything scaled by width / spec width (savefig's dpi / 100), on white unless `transparent`.
 */
export function renderFigurePng(figureJson: string, width: number, height: number, transparent: boolean): FigurePng {
  try {
    const figure = JSON.parse(figureJson) as FigureSpec;
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context === null) {
      throw new Error(`no 2D context for a ${width}x${height} canvas`);
    }
    if (!transparent) {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
    }
    const scale = figure.width > 0 ? width / figure.width : 1;
    const layout = layoutFigure(figure);
    for (const { axes, row, col } of layout.cells) {
      const cell = new OffscreenCanvas(1, 1);
      const chart = drawAxes(cell, axes, layout.cellWidth, layout.cellHeight, scale);
      context.drawImage(cell, Math.round(col * layout.cellWidth * scale), Math.round(row * layout.cellHeight * scale));
      chart?.destroy();
    }
    const pixels = context.getImageData(0, 0, width, height);
    const png = encode({ width, height, data: pixels.data, channels: 4, depth: 8, text: { Software: 'Torchlet' } });
    return { png: new Int8Array(png.buffer, png.byteOffset, png.byteLength), error: null };
  } catch (e) {
    return { png: null, error: String(e) };
  }
}

/** Makes renderFigurePng reachable by the runtime; the worker calls this before loading it. */
export function installFigureRenderer(): void {
  (self as unknown as Record<string, unknown>)[FIGURE_RENDERER_GLOBAL] = renderFigurePng;
}
