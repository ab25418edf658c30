package dev.torchlet.python.modules.matplotlib;

import dev.torchlet.python.runtime.PythonException;

/**
 * {@code numpy.histogram}'s equal-width bins, as {@code plt.hist} computes them: bins edges from
 * the range (or the data's min and max, widened by 0.5 each way when they are equal), every bin
 * half-open except the last, which includes its right edge.
 */
record Histogram(double[] counts, double[] edges) {
    static Histogram of(double[] data, int bins, double[] range, boolean density) {
        if (bins < 1) {
            throw PythonException.of("ValueError", "`bins` must be positive, when an integer");
        }
        double low;
        double high;
        if (range != null) {
            low = range[0];
            high = range[1];
        } else if (data.length == 0) {
            low = 0;
            high = 1;
        } else {
            low = Double.POSITIVE_INFINITY;
            high = Double.NEGATIVE_INFINITY;
            for (double v : data) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (low > high) {
            throw PythonException.of("ValueError", "max must be larger than min in range parameter.");
        }
        if (low == high) {
            low -= 0.5;
            high += 0.5;
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = i * ((high - low) / bins) + low; // numpy's linspace
        }
        edges[bins] = high;
        double[] counts = new double[bins];
        for (double v : data) {
            if (v < low || v > high || Double.isNaN(v)) {
                continue;
            }
            int bin = (int) ((v - low) / (high - low) * bins);
            bin = Math.min(bin, bins - 1);
            // The computed bin can be one off at an edge; the edges decide, as numpy's do.
            if (v < edges[bin]) {
                bin--;
            } else if (bin + 1 < bins && v >= edges[bin + 1]) {
                bin++;
            }
            counts[bin]++;
        }
        if (density) {
            double total = 0;
            for (double count : counts) {
                total += count;
            }
            for (int i = 0; i < bins; i++) {
                counts[i] = counts[i] / (edges[i + 1] - edges[i]) / total; // numpy: n / db / n.sum()
            }
        }
        return new Histogram(counts, edges);
    }
}
