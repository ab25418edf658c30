// Colour maps for imshow and for scatter's c= values: matplotlib's viridis and grey scales,
// interpolated between anchor colours sampled from matplotlib's own tables.

type Rgb = [number, number, number];

const ANCHORS: Record<string, Rgb[]> = {
  viridis: [
    [68, 1, 84], [72, 40, 120], [62, 74, 137], [49, 104, 142], [38, 130, 142],
    [31, 158, 137], [53, 183, 121], [109, 205, 89], [180, 222, 44], [253, 231, 37],
  ],
  gray: [[0, 0, 0], [255, 255, 255]],
  gray_r: [[255, 255, 255], [0, 0, 0]],
  Greys: [[255, 255, 255], [0, 0, 0]],
  binary: [[255, 255, 255], [0, 0, 0]],
  hot: [[10, 0, 0], [255, 0, 0], [255, 255, 0], [255, 255, 255]],
};

/** The colour of value t in [0, 1] under the named map (viridis for names Torchlet lacks). */
export function colormap(name: string, t: number): Rgb {
  const anchors = ANCHORS[name] ?? ANCHORS.viridis;
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (anchors.length - 1);
  const low = Math.floor(position);
  const high = Math.min(anchors.length - 1, low + 1);
  const f = position - low;
  return [0, 1, 2].map((c) => Math.round(anchors[low][c] + (anchors[high][c] - anchors[low][c]) * f)) as Rgb;
}

export function cssColor([r, g, b]: Rgb, alpha = 1): string {
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
