package dev.torchlet.engine;

/**
 * Element-wise binary arithmetic, each with its scalar rule per number kind. Float32 is computed
 * in float so results round exactly as PyTorch's do. This table is what a GPU backend will
 * generate its kernels from.
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
    };

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

    /** The dtype the op computes in, given the promoted operand dtype. */
    DType resultType(DType promoted) {
        return promoted;
    }
}
