package dev.torchlet.engine;

/** Scalar functions java.lang.Math lacks (or computes differently under TeaVM), in double precision. */
final class SpecialFunctions {
    private SpecialFunctions() {
    }

    /**
     * The error function, from the series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿx^(2n+1)/(1·3·…·(2n+1)), whose
     * terms are all positive (no cancellation), so it is accurate to a few ulps of double; beyond
     * |x| = 6 erf is ±1 in double.
     */
    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a >= 6) {
            return Math.signum(x);
        }
        double term = a;
        double sum = a;
        for (int n = 1; n < 400 && term > sum * 1e-17; n++) {
            term *= 2 * a * a / (2 * n + 1);
            sum += term;
        }
        double result = 2 / Math.sqrt(Math.PI) * Math.exp(-a * a) * sum;
        return x < 0 ? -result : result;
    }

    /** Round half to even, as C's nearbyint (what torch.round does); Math.rint differs under TeaVM. */
    static double roundHalfEven(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double floor = Math.floor(x);
        double diff = x - floor;
        double rounded;
        if (diff > 0.5) {
            rounded = floor + 1;
        } else if (diff < 0.5) {
            rounded = floor;
        } else {
            rounded = floor % 2 == 0 ? floor : floor + 1;
        }
        return rounded == 0 ? Math.copySign(0.0, x) : rounded;
    }

    static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
