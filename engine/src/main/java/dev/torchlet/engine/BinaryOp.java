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
            return (float) Math.pow(a, b);
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
    };

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
