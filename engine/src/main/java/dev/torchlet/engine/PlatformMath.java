package dev.torchlet.engine;

/**
 * The math functions whose Java library versions are not accurate on every platform Torchlet runs
 * on. TeaVM's {@code java.lang.Math} computes them with textbook formulas that lose digits
 * ({@code expm1(1e-10)} as {@code exp(x) - 1}, {@code log10} as {@code log(x) / ln 10}), while the
 * browser's own {@code Math} has accurate ones; the browser build installs those at start-up
 * ({@code dev.torchlet.web.BrowserMath}). On the JVM they are {@code java.lang.Math}'s.
 * Engine and interpreter call these instead of {@code Math}'s so both platforms print the same digits.
 */
public final class PlatformMath {
    /** The implementations; each defaults to {@code java.lang.Math}'s. */
    public interface Functions {
        default double log10(double x) {
            return Math.log10(x);
        }

        default double expm1(double x) {
            return Math.expm1(x);
        }

        default double log1p(double x) {
            return Math.log1p(x);
        }

        default double sinh(double x) {
            return Math.sinh(x);
        }

        default double cosh(double x) {
            return Math.cosh(x);
        }

        default double tanh(double x) {
            return Math.tanh(x);
        }

        default double hypot(double x, double y) {
            return Math.hypot(x, y);
        }
    }

    private static Functions functions = new Functions() {
    };

    private PlatformMath() {
    }

    /** Replaces the implementations (the browser build does, once, before any program runs). */
    public static void install(Functions platform) {
        functions = platform;
    }

    public static double log10(double x) {
        return functions.log10(x);
    }

    public static double expm1(double x) {
        return functions.expm1(x);
    }

    public static double log1p(double x) {
        return functions.log1p(x);
    }

    public static double sinh(double x) {
        return functions.sinh(x);
    }

    public static double cosh(double x) {
        return functions.cosh(x);
    }

    public static double tanh(double x) {
        return functions.tanh(x);
    }

    public static double hypot(double x, double y) {
        return functions.hypot(x, y);
    }
}
