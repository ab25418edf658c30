package dev.torchlet.python.runtime;

import dev.torchlet.engine.FloatRemainder;

/** CPython's float floor division and modulo (float_divmod): the remainder takes the divisor's sign, -0.0 kept. */
final class FloatDivision {
    private FloatDivision() {
    }

    /** {quotient, remainder} of {@code divmod(a, b)}; the caller has rejected b == 0. */
    static double[] divmod(double a, double b) {
        double mod = FloatRemainder.fmod(a, b);
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floorDiv, mod};
    }
}
