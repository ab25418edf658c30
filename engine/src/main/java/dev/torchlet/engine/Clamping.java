package dev.torchlet.engine;

/** {@code clamp}/{@code clip} to bounds and {@code lerp} (linear interpolation), element-wise. */
public final class Clamping {
    private Clamping() {
    }

    /** {@code clamp(min, max)}: either bound may be null (not both); NaN stays NaN, as in PyTorch. */
    public static Tensor clamp(Tensor t, Scalar min, Scalar max) {
        return clamp(t, min, max, "ClampBackward1");
    }

    /** {@code clamp_min(min)}: clamp with a lower bound only, under its own grad_fn name (ClampMinBackward0). */
    public static Tensor clampMin(Tensor t, Scalar min) {
        return clamp(t, min, null, "ClampMinBackward0");
    }

    /** {@code clamp_max(max)}: clamp with an upper bound only, under its own grad_fn name (ClampMaxBackward0). */
    public static Tensor clampMax(Tensor t, Scalar max) {
        return clamp(t, null, max, "ClampMaxBackward0");
    }

    private static Tensor clamp(Tensor t, Scalar min, Scalar max, String gradFn) {
        if (min == null && max == null) {
            throw TorchException.runtime("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        DType type = t.dtype();
        for (Scalar bound : new Scalar[] {min, max}) {
            if (bound != null) {
                type = TypePromotion.promote(type, bound);
            }
        }
        Tensor x = t.detach().to(type);
        Tensor result;
        if (!x.device().isCpu()) {
            result = clampOnDevice(x, min, max);
        } else if (type.isFloatingPoint()) {
            // Bounds are rounded to the dtype first (as PyTorch casts them to the tensor's scalar type).
            double lo = min == null ? Double.NaN : Torch.full(new long[0], min, type).doubleAt(0);
            double hi = max == null ? Double.NaN : Torch.full(new long[0], max, type).doubleAt(0);
            result = ElementwiseMap.mapDouble(type, v -> {
                double r = v[0];
                if (min != null && r < lo) {
                    r = lo;
                }
                return max != null && r > hi ? hi : r;
            }, x);
        } else {
            long lo = min == null ? 0 : min.longValue();
            long hi = max == null ? 0 : max.longValue();
            result = ElementwiseMap.mapLong(type, v -> {
                long r = v[0];
                if (min != null && r < lo) {
                    r = lo;
                }
                return max != null && r > hi ? hi : r;
            }, x);
        }
        return Derivatives.clamp(result, t, min, max, gradFn);
    }

    /**
     * Clamp from a comparison and a where per bound, min first (so min &gt; max gives max, as on the
     * CPU). The bounds are 0-d tensors of x's dtype (rounded as the CPU path rounds them); NaN
     * fails both comparisons and stays NaN.
     */
    private static Tensor clampOnDevice(Tensor x, Scalar min, Scalar max) {
        Tensor r = x;
        if (min != null) {
            Tensor lo = Torch.full(new long[0], min, x.dtype());
            r = DeviceKernels.where(Comparisons.lt(r, lo), lo, r, r.shape());
        }
        if (max != null) {
            Tensor hi = Torch.full(new long[0], max, x.dtype());
            r = DeviceKernels.where(Comparisons.gt(r, hi), hi, r, r.shape());
        }
        return r;
    }

    /** {@code lerp(end, weight)}: start + weight·(end − start), computed as PyTorch does for accuracy at both ends. */
    public static Tensor lerp(Tensor start, Tensor end, Scalar weight) {
        Tensor w = Torch.full(new long[0], weight, start.dtype());
        return Derivatives.lerp(lerpValues(start, end, w), start, end, weight, null);
    }

    /** {@code lerp(end, weight)} with a tensor of weights. */
    public static Tensor lerp(Tensor start, Tensor end, Tensor weight) {
        requireSameDtype(start, weight, "weight");
        return Derivatives.lerp(lerpValues(start, end, weight), start, end, null, weight);
    }

    /**
     * PyTorch's formula, exact at both ends: {@code start + weight * (end - start)} for small weights,
     * {@code end - (end - start) * (1 - weight)} from 0.5 on (negative weights take the first; PyTorch 1.13
     * compares the signed weight), each a fused multiply-add in the
     * dtype's precision (PyTorch's kernel is built with FMA contraction).
     */
    private static Tensor lerpValues(Tensor start, Tensor end, Tensor weight) {
        requireSameDtype(start, end, "end");
        if (DeviceKernels.onAccelerator(start, end, weight)) {
            return lerpOnDevice(start.detach(), end.detach(), weight.detach());
        }
        boolean single = start.dtype() == DType.FLOAT32;
        return ElementwiseMap.mapDouble(start.dtype(), v -> {
            double s = v[0];
            double e = v[1];
            double w = v[2];
            if (single) {
                float diff = Float32.round(e - s);
                return w < 0.5 ? Float32.fma(w, diff, s) : Float32.fma(-diff, Float32.round(1 - w), e);
            }
            double diff = e - s;
            return w < 0.5 ? Float64.fma(w, diff, s) : Float64.fma(-diff, 1 - w, e);
        }, start.detach(), end.detach(), weight.detach());
    }

    /** The same two-sided formula from element-wise kernels (rounded after each op: no fused multiply-add there). */
    private static Tensor lerpOnDevice(Tensor start, Tensor end, Tensor weight) {
        Tensor diff = end.sub(start);
        Tensor fromStart = start.add(weight.mul(diff));
        Tensor fromEnd = end.sub(diff.mul(weight.rsub(Scalar.of(1L))));
        return Torch.where(Comparisons.compare(Comparisons.Comparison.LT, weight, Scalar.of(0.5)), fromStart, fromEnd);
    }

    private static void requireSameDtype(Tensor start, Tensor other, String name) {
        if (start.dtype() != other.dtype()) {
            throw TorchException.runtime("expected dtype " + ShapeOps.typeName(start.dtype()).toLowerCase() + " for `" + name + "` but got dtype "
                    + ShapeOps.typeName(other.dtype()).toLowerCase());
        }
    }
}
