package dev.torchlet.engine;

/** Scalar functions java.lang.Math lacks (or computes differently under TeaVM), in double precision. */
public final class SpecialFunctions {
    private SpecialFunctions() {
    }

    /**
     * The error function, from the series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿx^(2n+1)/(1·3·…·(2n+1)), whose
     * terms are all positive (no cancellation), so it is accurate to a few ulps of double; beyond
     * |x| = 6 erf is ±1 in double.
     */
    public static double erf(double x) {
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

    /**
     * The inverse error function on [−1, 1] (±∞ at ±1, NaN outside): a rational first guess, refined
     * by Newton steps on {@link #erf} until they stop changing it, so the result is as good as erf's.
     */
    public static double erfinv(double y) {
        double a = Math.abs(y);
        if (Double.isNaN(y) || a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, y);
        }
        double x;
        if (a <= 0.7) {
            double z = y * y;
            x = y * (((-0.140543331 * z + 0.914624893) * z - 1.645349621) * z + 0.886226899)
                    / ((((0.012229801 * z - 0.329097515) * z + 1.442710462) * z - 2.118377725) * z + 1);
        } else {
            double z = Math.sqrt(-Math.log((1 - a) / 2));
            x = Math.copySign(((1.641345311 * z + 3.429567803) * z - 1.624906493) * z - 1.970840454, y)
                    / ((1.6370678 * z + 3.5438892) * z + 1);
        }
        for (int step = 0; step < 4; step++) {
            x -= (erf(x) - y) / (2 / Math.sqrt(Math.PI) * Math.exp(-x * x));
        }
        return x;
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
