package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.format.FloatText;
import dev.torchlet.engine.format.UniqueDecimalText;

/**
 * How NumPy 1.24 writes each element of one array (its {@code FloatingFormat}, {@code IntegerFormat} and
 * bool formatter under {@link NumpyPrintOptions}): floats in the shortest unique digits cut to 8
 * decimals by default (scientific mode adds the exact value's next digits up to a common count),
 * {@code 1.} for whole values, all aligned on the point; scientific when a non-zero magnitude is at
 * least 1e8, below 1e-4, or the largest is over 1000 times the smallest (the last two unless
 * {@code suppress}); integers right-aligned; {@code  True}/{@code False}. The widths come from the values printed
 * (the edge items of a summarised array).
 */
final class ArrayElementFormat {
    private final int maxPrecision = NumpyPrintOptions.precision;
    private final DType dtype;
    private boolean scientific;
    private int padLeft;
    private int padRight;
    private int precision;
    private int expSize;
    private int intWidth;
    private final boolean zeroDim;

    /** {@code zeroDim}: a 0-d array prints {@code True} without the padding an array's elements get. */
    ArrayElementFormat(DType dtype, double[] values, boolean zeroDim) {
        this.dtype = dtype;
        this.zeroDim = zeroDim;
        if (dtype.isFloatingPoint()) {
            fillFloat(values);
        } else if (dtype != DType.BOOL) {
            for (double v : values) {
                intWidth = Math.max(intWidth, Long.toString((long) v).length());
            }
        }
    }

    private boolean float32() {
        return dtype == DType.FLOAT32;
    }

    private void fillFloat(double[] values) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        int finite = 0;
        boolean nonFinite = false;
        boolean negativeInf = false;
        for (double v : values) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                nonFinite = true;
                negativeInf |= v == Double.NEGATIVE_INFINITY;
                continue;
            }
            finite++;
            double a = Math.abs(v);
            if (a != 0) {
                max = Math.max(max, a);
                min = Math.min(min, a);
            }
        }
        if (min != Double.POSITIVE_INFINITY) {
            scientific = max >= 1e8 || (!NumpyPrintOptions.suppress && (min < 0.0001 || max / min > 1000.0));
        }
        if (finite == 0) {
            padLeft = 0;
            padRight = 0;
        } else if (scientific) {
            int fraction = 0;
            int intPart = 0;
            int exponent = 0;
            for (double v : values) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    continue;
                }
                String s = UniqueDecimalText.scientific(v, float32(), maxPrecision);
                int e = s.indexOf('e');
                int point = s.indexOf('.');
                intPart = Math.max(intPart, point);
                fraction = Math.max(fraction, e - point - 1);
                exponent = Math.max(exponent, s.length() - e - 2);
            }
            precision = fraction;
            expSize = exponent;
            padLeft = intPart;
            padRight = expSize + 2 + precision;
        } else {
            for (double v : values) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    continue;
                }
                String s = UniqueDecimalText.positional(v, float32(), maxPrecision);
                int point = s.indexOf('.');
                padLeft = Math.max(padLeft, point);
                padRight = Math.max(padRight, s.length() - point - 1);
            }
        }
        if (nonFinite) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInf ? 1 : 0) - offset));
        }
    }

    String format(double v) {
        if (dtype == DType.BOOL) {
            return v != 0 ? (zeroDim ? "True" : " True") : "False";
        }
        if (!dtype.isFloatingPoint()) {
            return pad(Long.toString((long) v), intWidth);
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            String text = Double.isNaN(v) ? "nan" : v < 0 ? "-inf" : "inf";
            return pad(text, padLeft + padRight + 1);
        }
        if (scientific) {
            String s = UniqueDecimalText.scientific(v, float32(), maxPrecision);
            if (s.indexOf('e') - s.indexOf('.') - 1 < precision) {
                // Dragon4's min_digits: more digits of the exact value (a float32's are not zeros).
                s = FloatText.scientific(v, precision);
                if (precision == 0) {
                    s = s.replace("e", ".e");
                }
            }
            int e = s.indexOf('e');
            int point = s.indexOf('.');
            StringBuilder sb = new StringBuilder(pad(s.substring(0, point), padLeft)).append(s, point, e);
            String exponent = s.substring(e + 2);
            sb.append('e').append(s.charAt(e + 1));
            for (int i = exponent.length(); i < expSize; i++) {
                sb.append('0');
            }
            return sb.append(exponent).toString();
        }
        String s = UniqueDecimalText.positional(v, float32(), maxPrecision);
        int point = s.indexOf('.');
        StringBuilder sb = new StringBuilder(pad(s.substring(0, point), padLeft)).append(s, point, s.length());
        for (int i = s.length() - point - 1; i < padRight; i++) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String pad(String text, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb.append(text).toString();
    }
}
