package dev.torchlet.engine.format;

import dev.torchlet.engine.DType;

/**
 * Chooses how every element of one printed tensor is written — integer-valued floats as
 * {@code 2.}, fixed point with {@code precision} decimals, or scientific — and the common width
 * they are right-aligned to, by PyTorch's rules over the (summarised) elements.
 */
final class ElementFormatter {
    private final boolean floating;
    private boolean intMode = true;
    private boolean sciMode = false;
    private int maxWidth = 1;

    ElementFormatter(PrintableTensor t, long[] sampleIndices) {
        floating = t.dtype().isFloatingPoint();
        boolean measured = choose(t, sampleIndices);
        // set_printoptions(sci_mode=...) overrides the choice after the width was measured, and only when
        // some element is finite and nonzero (PyTorch returns early otherwise).
        if (measured && PrintOptions.sciMode() != null) {
            sciMode = PrintOptions.sciMode();
        }
    }

    /** Chooses the mode and width; false when there was nothing to measure (integers, or no finite nonzero float). */
    private boolean choose(PrintableTensor t, long[] sampleIndices) {
        if (!floating) {
            for (long index : sampleIndices) {
                maxWidth = Math.max(maxWidth, integerText(t, index).length());
            }
            return false;
        }
        double minAbs = Double.POSITIVE_INFINITY;
        double maxAbs = 0;
        int finiteNonZero = 0;
        for (long index : sampleIndices) {
            double v = t.doubleAt(index);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
                continue;
            }
            finiteNonZero++;
            minAbs = Math.min(minAbs, Math.abs(v));
            maxAbs = Math.max(maxAbs, Math.abs(v));
            if (v != Math.ceil(v)) {
                intMode = false;
            }
        }
        if (finiteNonZero == 0) {
            return false;
        }
        int precision = PrintOptions.precision();
        if (intMode) {
            sciMode = maxAbs / minAbs > 1000 || maxAbs > 1e8;
        } else {
            sciMode = maxAbs / minAbs > 1000 || maxAbs > 1e8 || minAbs < 1e-4;
        }
        for (long index : sampleIndices) {
            double v = t.doubleAt(index);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
                continue;
            }
            if (sciMode) {
                maxWidth = Math.max(maxWidth, FloatText.scientific(v, precision).length());
            } else if (intMode) {
                maxWidth = Math.max(maxWidth, FloatText.fixed(v, 0).length() + 1);
            } else {
                maxWidth = Math.max(maxWidth, FloatText.fixed(v, precision).length());
            }
        }
        return true;
    }

    int width() {
        return maxWidth;
    }

    /** The element at {@code index}, padded on the left to the common width. */
    String format(PrintableTensor t, long index) {
        String text;
        if (!floating) {
            text = integerText(t, index);
        } else {
            double v = t.doubleAt(index);
            if (sciMode) {
                text = FloatText.scientific(v, PrintOptions.precision());
            } else if (intMode) {
                text = FloatText.fixed(v, 0);
                if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                    text += ".";
                }
            } else {
                text = FloatText.fixed(v, PrintOptions.precision());
            }
        }
        return " ".repeat(Math.max(0, maxWidth - text.length())) + text;
    }

    private static String integerText(PrintableTensor t, long index) {
        if (t.dtype() == DType.BOOL) {
            return t.longAt(index) != 0 ? "True" : "False";
        }
        return Long.toString(t.longAt(index));
    }
}
