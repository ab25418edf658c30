package dev.torchlet.web;

import dev.torchlet.engine.PlatformMath;
import org.teavm.jso.JSBody;

/** The browser's accurate {@code Math} functions for the ones TeaVM's Java library approximates (see PlatformMath). */
final class BrowserMath implements PlatformMath.Functions {
    @Override
    public double log10(double x) {
        return jsLog10(x);
    }

    @Override
    public double expm1(double x) {
        return jsExpm1(x);
    }

    @Override
    public double log1p(double x) {
        return jsLog1p(x);
    }

    @Override
    public double sinh(double x) {
        return jsSinh(x);
    }

    @Override
    public double cosh(double x) {
        return jsCosh(x);
    }

    @Override
    public double tanh(double x) {
        return jsTanh(x);
    }

    @Override
    public double hypot(double x, double y) {
        return jsHypot(x, y);
    }

    @JSBody(params = "x", script = "return Math.log10(x);")
    private static native double jsLog10(double x);

    @JSBody(params = "x", script = "return Math.expm1(x);")
    private static native double jsExpm1(double x);

    @JSBody(params = "x", script = "return Math.log1p(x);")
    private static native double jsLog1p(double x);

    @JSBody(params = "x", script = "return Math.sinh(x);")
    private static native double jsSinh(double x);

    @JSBody(params = "x", script = "return Math.cosh(x);")
    private static native double jsCosh(double x);

    @JSBody(params = "x", script = "return Math.tanh(x);")
    private static native double jsTanh(double x);

    @JSBody(params = {"x", "y"}, script = "return Math.hypot(x, y);")
    private static native double jsHypot(double x, double y);
}
