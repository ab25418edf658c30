package dev.torchlet.engine;

/**
 * Running reductions along a dimension: {@code cumsum} and {@code cumprod} (integer and bool inputs
 * give int64). On an accelerator the backend's {@code cumulative} kernel runs them, and their
 * gradients are composed of it there too.
 */
public final class Scans {
    private Scans() {
    }

    public static Tensor cumsum(Tensor t, int dim) {
        int d = Dims.wrap(dim, t.dim());
        return Derivatives.cumsum(scan(t, d, false), t, d);
    }

    public static Tensor cumprod(Tensor t, int dim) {
        int d = Dims.wrap(dim, t.dim());
        return Derivatives.cumprod(scan(t, d, true), t, d);
    }

    private static Tensor scan(Tensor t, int d, boolean product) {
        DType out = t.dtype().isFloatingPoint() ? t.dtype() : DType.INT64;
        if (!t.device().isCpu()) {
            return DeviceKernels.cumulative(product ? "cumprod" : "cumsum", t.detach().to(out), d);
        }
        Lanes lanes = Lanes.of(t, t.dim() == 0 ? null : d);
        Tensor result = Tensor.empty(t.shape(), out);
        Storage s = result.storage();
        for (long l = 0; l < lanes.lanes(); l++) {
            double acc = product ? 1 : 0;
            long whole = product ? 1 : 0;
            for (long k = 0; k < lanes.size; k++) {
                int at = (int) lanes.position(l, k);
                if (out.isFloatingPoint()) {
                    // PyTorch's CPU scan carries the running value in double and rounds each output once.
                    acc = product ? acc * lanes.get(l, k) : acc + lanes.get(l, k);
                    s.setDouble(at, acc);
                } else {
                    whole = product ? whole * lanes.getLong(l, k) : whole + lanes.getLong(l, k);
                    s.setLong(at, whole);
                }
            }
        }
        return result;
    }

    /** The gradient of cumprod: dL/dx_i = Σ_{j≥i} g_j · Π_{k≤j, k≠i} x_k (exact when some x are zero). */
    static Tensor cumprodGrad(Tensor input, Tensor grad, int d) {
        if (!input.device().isCpu()) {
            Tensor lanesGrad = cumprodGradOnDevice(DeviceLanes.lanesLast(input.detach().to(grad.dtype()), d),
                    DeviceLanes.lanesLast(grad.detach(), d));
            return DeviceLanes.lanesBack(lanesGrad, input.shape(), d);
        }
        Lanes x = Lanes.of(input, input.dim() == 0 ? null : d);
        Lanes g = Lanes.of(grad, input.dim() == 0 ? null : d);
        Tensor result = Tensor.empty(input.shape(), grad.dtype());
        for (long l = 0; l < x.lanes(); l++) {
            for (long i = 0; i < x.size; i++) {
                double sum = 0;
                double prefix = 1;
                for (long k = 0; k < i; k++) {
                    prefix *= x.get(l, k);
                }
                double running = prefix;
                for (long j = i; j < x.size; j++) {
                    if (j > i) {
                        running *= x.get(l, j);
                    }
                    sum += g.get(l, j) * running;
                }
                result.storage().setDouble((int) x.position(l, i), sum);
            }
        }
        return result;
    }

    /**
     * cumprod's gradient for lanes {@code [lanes, n]} on an accelerator. Without zeros it is the
     * reversed running sum of g · cumprod(x), over x; with a zero anywhere (read back: one number)
     * the defining sum itself, from every lane's n running products that skip one element each
     * ({@code [lanes, n, n]}).
     */
    private static Tensor cumprodGradOnDevice(Tensor x, Tensor g) {
        long lanes = x.size(0);
        long n = x.size(1);
        boolean hasZero = Comparisons.compare(Comparisons.Comparison.EQ, x, Scalar.of(0.0)).sum().onHost().longAt(0) > 0;
        if (!hasZero) {
            Tensor weighted = g.mul(DeviceKernels.cumulative("cumprod", x, 1));
            Tensor fromEnd = ShapeOps.flip(DeviceKernels.cumulative("cumsum", ShapeOps.flip(weighted, 1).contiguous(), 1), 1);
            return fromEnd.div(x);
        }
        Tensor positions = DeviceLanes.counting(n, x.device());
        Tensor skipped = Comparisons.eq(positions.reshape(n, 1), positions);
        Tensor one = Torch.full(new long[0], Scalar.of(1.0), x.dtype());
        Tensor withoutOne = IndexFunctions.where(skipped, one, x.reshape(lanes, 1, n)).contiguous();
        Tensor products = DeviceKernels.cumulative("cumprod", withoutOne, 2);
        Tensor fromI = Comparisons.compare(Comparisons.Comparison.LE, positions.reshape(n, 1), positions);
        Tensor zero = Torch.full(new long[0], Scalar.of(0.0), x.dtype());
        return IndexFunctions.where(fromI, products.mul(g.reshape(lanes, 1, n)), zero).sum(new int[] {2}, false);
    }
}
