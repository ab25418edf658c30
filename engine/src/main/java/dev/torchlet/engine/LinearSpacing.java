package dev.torchlet.engine;

/**
 * The points of {@code torch.linspace} and {@code torch.logspace} as PyTorch 1.13's CPU code computes
 * them, bit for bit. Both count the first half up from start ({@code start + step * i}) and the
 * second half down from end ({@code end - step * (steps - 1 - i)}), so both ends are exact.
 *
 * <p>linspace's kernel is built with FMA contraction and works in the dtype's precision: each point
 * is one fused multiply-add. Long linspaces take its vector path, blocks of two vectors (8 float32
 * or 4 float64 lanes each) whose first point is computed as above and the others as
 * {@code first + k * step}, rounding the product and the sum separately.
 * logspace is plain C++ without contraction: the exponent is computed in double from the dtype's
 * start and end, raised in double, and rounded once to the dtype.
 */
final class LinearSpacing {
    private LinearSpacing() {
    }

    static double[] linspace(double start, double end, long steps, boolean single) {
        double[] points = new double[(int) steps];
        if (steps == 1) {
            points[0] = single ? Float32.round(start) : start;
            return points;
        }
        double first = single ? Float32.round(start) : start;
        double last = single ? Float32.round(end) : end;
        double step = single ? Float32.round(Float32.round(last - first) / (float) (steps - 1)) : (last - first) / (steps - 1);
        Arithmetic math = new Arithmetic(single);
        int lanes = single ? 8 : 4;
        int i = 0;
        for (; i + 2 * lanes <= steps; i += 2 * lanes) { // the kernel fills two vectors per pass
            for (int block = i; block < i + 2 * lanes; block += lanes) {
                points[block] = linspacePoint(math, first, last, step, steps, block);
                for (int k = 1; k < lanes; k++) {
                    points[block + k] = math.add(points[block], math.mul(k, step));
                }
            }
        }
        for (; i < steps; i++) {
            points[i] = linspacePoint(math, first, last, step, steps, i);
        }
        return points;
    }

    private static double linspacePoint(Arithmetic math, double first, double last, double step, long steps, long i) {
        return i < steps / 2 ? math.fma(step, i, first) : math.fma(-step, steps - 1 - i, last);
    }

    /** The exponents of a logspace, in double; the caller raises the base and rounds. */
    static double[] logspaceExponents(double start, double end, long steps, boolean single) {
        double first = single ? Float32.round(start) : start;
        double last = single ? Float32.round(end) : end;
        double difference = single ? Float32.round(last - first) : last - first;
        double step = steps > 1 ? difference / (steps - 1) : 0;
        double[] exponents = new double[(int) steps];
        for (int i = 0; i < steps; i++) {
            exponents[i] = i < steps / 2 ? first + step * i : last - step * (steps - 1 - i);
        }
        return exponents;
    }

    /** Arithmetic rounded to float32 or float64. */
    private record Arithmetic(boolean single) {
        double add(double a, double b) {
            return single ? Float32.round(a + b) : a + b;
        }

        double mul(double a, double b) {
            return single ? Float32.round(a * b) : a * b;
        }

        double fma(double a, double b, double c) {
            return single ? Float32.fma(a, Float32.round(b), c) : Float64.fma(a, b, c);
        }
    }
}
