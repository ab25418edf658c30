package dev.torchlet.engine;

import static dev.torchlet.engine.Derivatives.notDifferentiable;
import static dev.torchlet.engine.Derivatives.record;
import static dev.torchlet.engine.Derivatives.recordSaving;
import static dev.torchlet.engine.Derivatives.savedByNeed;
import static dev.torchlet.engine.Derivatives.sumTo;
import static dev.torchlet.engine.Derivatives.wrapped;

import dev.torchlet.engine.autograd.Graph;

/**
 * Element-wise binary arithmetic, each op declared once: its PyTorch name, its scalar rule per
 * number kind (the CPU kernel; float32 is computed in float so results round exactly as
 * PyTorch's do), its result dtype, and its node — grad_fn, saved tensors and derivative in
 * tensor ops — for two tensors and for a tensor and a Python number. The GPU kernels are
 * generated from the WGSL table keyed by the same names ({@code gpu-shaders} ElementwiseOp; a
 * test checks that every entry here has one).
 */
public enum BinaryOp {
    ADD("add") {
        @Override
        float apply(float a, float b) {
            return a + b;
        }

        @Override
        double apply(double a, double b) {
            return a + b;
        }

        @Override
        long apply(long a, long b) {
            return a + b;
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return record(result, "AddBackward0", g -> new Tensor[] {sumTo(g, a), sumTo(g, b)}, a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
            return record(result, "AddBackward0", g -> new Tensor[] {g, null}, a, null);
        }
    },
    SUB("sub") {
        @Override
        float apply(float a, float b) {
            return a - b;
        }

        @Override
        double apply(double a, double b) {
            return a - b;
        }

        @Override
        long apply(long a, long b) {
            return a - b;
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return record(result, "SubBackward0", g -> new Tensor[] {sumTo(g, a), sumTo(g.neg(), b)}, a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
            return reversed ? record(result, "RsubBackward1", g -> new Tensor[] {g.neg()}, a)
                    : record(result, "SubBackward0", g -> new Tensor[] {g, null}, a, null);
        }
    },
    MUL("mul") {
        @Override
        float apply(float a, float b) {
            return a * b;
        }

        @Override
        double apply(double a, double b) {
            return a * b;
        }

        @Override
        long apply(long a, long b) {
            return a * b;
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return Graph.record(result, "MulBackward0", savedByNeed(a, b), g -> new Tensor[] {sumTo(g.mul(b), a), sumTo(g.mul(a), b)},
                    a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
            return Graph.record(result, "MulBackward0", wrapped(c), g -> new Tensor[] {g.mul(c), null}, a, null);
        }
    },
    DIV("div") {
        @Override
        float apply(float a, float b) {
            return a / b;
        }

        @Override
        double apply(double a, double b) {
            return a / b;
        }

        @Override
        long apply(long a, long b) {
            throw new IllegalStateException("true division is computed in floating point");
        }

        @Override
        DType resultType(DType promoted) {
            return TypePromotion.divisionResult(promoted);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return recordSaving(result, "DivBackward0",
                    g -> new Tensor[] {sumTo(g.div(b), a), sumTo(g.neg().mul(a).div(b.mul(b)), b)}, a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
            return reversed ? recordSaving(result, "MulBackward0", g -> new Tensor[] {g.neg().mul(c).div(a.mul(a))}, a)
                    : Graph.record(result, "DivBackward0", wrapped(c), g -> new Tensor[] {g.div(c), null}, a, null);
        }
    },
    POW("pow") {
        @Override
        float apply(float a, float b) {
            return Float32.round(Math.pow(a, b));
        }

        @Override
        double apply(double a, double b) {
            return Math.pow(a, b);
        }

        @Override
        long apply(long a, long b) {
            if (b < 0) {
                throw TorchException.runtime("Integers to negative integer powers are not allowed.");
            }
            long result = 1;
            for (long i = 0; i < b; i++) {
                result *= a;
            }
            return result;
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return recordSaving(result, "PowBackward1", g -> new Tensor[] {sumTo(g.mul(b).mul(a.pow(b.sub(Scalar.of(1L)))), a),
                sumTo(g.mul(result).mul(a.unary(UnaryOp.LOG)), b)}, a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
            return reversed
                    ? Graph.record(result, "PowBackward1", new Tensor[] {result},
                            g -> new Tensor[] {null, g.mul(result).mul(Scalar.of(Math.log(c.doubleValue())))}, null, a)
                    : recordSaving(result, "PowBackward0", g -> new Tensor[] {g.mul(c).mul(a.pow(Scalar.of(c.doubleValue() - 1)))}, a);
        }
    },
    // Issue #3 additions (grouped).
    ATAN2("atan2") {
        @Override
        float apply(float a, float b) {
            return Float32.round(Math.atan2(a, b));
        }

        @Override
        double apply(double a, double b) {
            return Math.atan2(a, b);
        }

        @Override
        long apply(long a, long b) {
            throw new IllegalStateException("atan2 is computed in floating point");
        }

        @Override
        DType resultType(DType promoted) {
            return TypePromotion.divisionResult(promoted);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return recordSaving(result, "Atan2Backward0", g -> {
                Tensor denominator = a.mul(a).add(b.mul(b));
                return new Tensor[] {sumTo(g.mul(b).div(denominator), a), sumTo(g.mul(a).neg().div(denominator), b)};
            }, a, b);
        }
    },
    /** C's fmod: the remainder has the dividend's sign (see FloatRemainder). */
    FMOD("fmod") {
        @Override
        float apply(float a, float b) {
            return FloatRemainder.fmod(a, b);
        }

        @Override
        double apply(double a, double b) {
            return FloatRemainder.fmod(a, b);
        }

        @Override
        long apply(long a, long b) {
            return requireNonZero(b) == 0 ? 0 : a % b;
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return recordRemainder(result, "FmodBackward1", UnaryOp.TRUNC, a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
            return recordRemainderByNumber(result, "fmod", "FmodBackward0", a, reversed);
        }
    },
    /** Python's %: the remainder has the divisor's sign. */
    REMAINDER("remainder") {
        @Override
        float apply(float a, float b) {
            float mod = FloatRemainder.fmod(a, b);
            return mod != 0 && (b < 0) != (mod < 0) ? mod + b : mod;
        }

        @Override
        double apply(double a, double b) {
            double mod = FloatRemainder.fmod(a, b);
            return mod != 0 && (b < 0) != (mod < 0) ? mod + b : mod;
        }

        @Override
        long apply(long a, long b) {
            requireNonZero(b);
            long mod = a % b;
            return mod != 0 && (b < 0) != (mod < 0) ? mod + b : mod;
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return recordRemainder(result, "RemainderBackward1", UnaryOp.FLOOR, a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
            return recordRemainderByNumber(result, "remainder", "RemainderBackward0", a, reversed);
        }
    },
    /** Python's //, with PyTorch's rounding correction for floats. */
    FLOOR_DIVIDE("floor_divide") {
        @Override
        float apply(float a, float b) {
            if (b == 0) {
                return a / b;
            }
            float mod = FloatRemainder.fmod(a, b);
            float div = Float32.round(Float32.round(a - mod) / b);
            if (mod != 0 && (b < 0) != (mod < 0)) {
                div = Float32.round(div - 1);
            }
            float floor = (float) Math.floor(div);
            return Float32.round(div - floor) > 0.5f ? Float32.round(floor + 1) : floor;
        }

        @Override
        double apply(double a, double b) {
            if (b == 0) {
                return a / b;
            }
            double mod = FloatRemainder.fmod(a, b);
            double div = (a - mod) / b;
            if (mod != 0 && (b < 0) != (mod < 0)) {
                div -= 1;
            }
            double floor = Math.floor(div);
            return div - floor > 0.5 ? floor + 1 : floor;
        }

        @Override
        long apply(long a, long b) {
            requireNonZero(b);
            long q = a / b;
            return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return notDifferentiable(result, "floor_divide", a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
            return notDifferentiable(result, "floor_divide", a);
        }
    },
    /** Element-wise larger value; NaN wins. */
    MAXIMUM("maximum") {
        @Override
        float apply(float a, float b) {
            return a != a || b != b ? Float.NaN : Math.max(a, b);
        }

        @Override
        double apply(double a, double b) {
            return a != a || b != b ? Double.NaN : Math.max(a, b);
        }

        @Override
        long apply(long a, long b) {
            return Math.max(a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return recordExtremum(result, "MaximumBackward0", Comparisons.Comparison.GT, a, b);
        }
    },
    MINIMUM("minimum") {
        @Override
        float apply(float a, float b) {
            return a != a || b != b ? Float.NaN : Math.min(a, b);
        }

        @Override
        double apply(double a, double b) {
            return a != a || b != b ? Double.NaN : Math.min(a, b);
        }

        @Override
        long apply(long a, long b) {
            return Math.min(a, b);
        }

        @Override
        Tensor recordGradients(Tensor result, Tensor a, Tensor b) {
            return recordExtremum(result, "MinimumBackward0", Comparisons.Comparison.LT, a, b);
        }
    };

    /**
     * maximum/minimum's node: the side that wins ({@code wins}: GT for maximum) takes the gradient,
     * and on ties each side takes half.
     */
    private static Tensor recordExtremum(Tensor result, String gradFn, Comparisons.Comparison wins, Tensor a, Tensor b) {
        return recordSaving(result, gradFn, g -> {
            Tensor shareOfA = IndexFunctions.where(Comparisons.eq(a, b), Torch.full(new long[0], Scalar.of(0.5), g.dtype()),
                    Comparisons.compare(wins, a, b).to(g.dtype()));
            return new Tensor[] {sumTo(g.mul(shareOfA), a), sumTo(g.mul(shareOfA.rsub(Scalar.of(1L))), b)};
        }, a, b);
    }

    /** fmod's and remainder's node: a − rounded(a / b)·b, rounding by trunc (fmod) or floor (remainder). */
    private static Tensor recordRemainder(Tensor result, String gradFn, UnaryOp rounding, Tensor a, Tensor b) {
        return recordSaving(result, gradFn, g -> new Tensor[] {sumTo(g, a), sumTo(g.neg().mul(a.div(b).unary(rounding)), b)}, a, b);
    }

    /** With a Python number: the tensor's gradient passes through; a number divided by a tensor has no derivative in PyTorch. */
    private static Tensor recordRemainderByNumber(Tensor result, String function, String gradFn, Tensor a, boolean reversed) {
        return reversed ? notDifferentiable(result, function, a) : record(result, gradFn, g -> new Tensor[] {g}, a);
    }

    /** Integer division and remainder by zero: PyTorch's RuntimeError. */
    private static long requireNonZero(long b) {
        if (b == 0) {
            throw TorchException.runtime("ZeroDivisionError");
        }
        return b;
    }

    private final String pytorchName;

    BinaryOp(String pytorchName) {
        this.pytorchName = pytorchName;
    }

    public String pytorchName() {
        return pytorchName;
    }

    abstract float apply(float a, float b);

    abstract double apply(double a, double b);

    abstract long apply(long a, long b);

    /** Attaches the op's node to {@code result = a op b} (when an input requires grad): grad_fn, saved tensors, derivative. */
    abstract Tensor recordGradients(Tensor result, Tensor a, Tensor b);

    /**
     * The same for {@code a op c} with a Python number c, or {@code c op a} when {@code reversed}.
     * PyTorch wraps the number in a 0-d tensor, an input without gradient (next_functions shows
     * (None, 0) for it); where it has no own formula, the tensor form's rule applies to that tensor.
     */
    Tensor recordGradients(Tensor result, Tensor a, Scalar c, boolean reversed) {
        Tensor other = Torch.full(new long[0], c, result.dtype());
        return reversed ? recordGradients(result, other, a) : recordGradients(result, a, other);
    }

    /** The dtype the op computes in, given the promoted operand dtype. */
    DType resultType(DType promoted) {
        return promoted;
    }
}
