package dev.torchlet.engine;

/**
 * Element-wise functions of one tensor, each with its scalar rule (computed in double and rounded
 * to the result dtype) and its PyTorch grad_fn name. Integer inputs of transcendental functions
 * give the default float type, as in PyTorch. This table is what a GPU backend will generate
 * its kernels from.
 *
 * <p>Known difference: PyTorch's CPU kernels evaluate float32 transcendental functions with
 * SLEEF's vectorised approximations (within 1 ULP), while these round the exact double result;
 * a float32 {@code exp}/{@code log}/{@code sin}… can therefore differ from PyTorch's in the last
 * bit (e.g. {@code exp(4.0)}: PyTorch prints 54.5982, Torchlet 54.5981).
 */
public enum UnaryOp {
    EXP("exp", "ExpBackward0", true) {
        @Override
        double apply(double x) {
            return Math.exp(x);
        }
    },
    LOG("log", "LogBackward0", true) {
        @Override
        double apply(double x) {
            return Math.log(x);
        }
    },
    SIN("sin", "SinBackward0", true) {
        @Override
        double apply(double x) {
            return Math.sin(x);
        }
    },
    COS("cos", "CosBackward0", true) {
        @Override
        double apply(double x) {
            return Math.cos(x);
        }
    },
    SQRT("sqrt", "SqrtBackward0", true) {
        @Override
        double apply(double x) {
            return Math.sqrt(x);
        }
    },
    TANH("tanh", "TanhBackward0", true) {
        @Override
        double apply(double x) {
            return Math.tanh(x);
        }
    },
    SIGMOID("sigmoid", "SigmoidBackward0", true) {
        @Override
        double apply(double x) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
    },
    RELU("relu", "ReluBackward0", false) {
        @Override
        double apply(double x) {
            // NaN propagates; negatives (and -0.0) become +0.0, as PyTorch's relu gives.
            return Double.isNaN(x) || x > 0 ? x : 0.0;
        }
    },
    ABS("abs", "AbsBackward0", false) {
        @Override
        double apply(double x) {
            return Math.abs(x);
        }
    },
    SIGN("sign", "SignBackward0", false) {
        @Override
        double apply(double x) {
            return Math.signum(x);
        }
    };

    private final String pytorchName;
    private final String gradFnName;
    private final boolean floatingResult;

    UnaryOp(String pytorchName, String gradFnName, boolean floatingResult) {
        this.pytorchName = pytorchName;
        this.gradFnName = gradFnName;
        this.floatingResult = floatingResult;
    }

    public String pytorchName() {
        return pytorchName;
    }

    String gradFnName() {
        return gradFnName;
    }

    abstract double apply(double x);

    DType resultType(DType input) {
        return floatingResult && !input.isFloatingPoint() ? Torch.getDefaultDtype() : input;
    }
}
