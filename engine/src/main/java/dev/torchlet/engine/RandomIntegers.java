package dev.torchlet.engine;

import dev.torchlet.engine.random.Generator;

/**
 * {@code t.random_()} in its three forms, drawn as PyTorch's CPU kernels draw them: without bounds
 * every value the dtype holds exactly (0..2**mantissa for floats, 0..max for integers, one bit
 * for bool); {@code random_(from, to)} and {@code random_(to)} the integers in [from, to);
 * {@code random_(from, None)} from {@code from} up to that same top value, inclusive.
 */
public final class RandomIntegers {
    private RandomIntegers() {
    }

    /** {@code t.random_()}. */
    public static Tensor random_(Tensor t) {
        long[] drawn = new long[(int) t.numel()];
        Generator g = Generator.defaultGenerator();
        if (t.dtype() == DType.INT64) {
            for (int i = 0; i < drawn.length; i++) {
                drawn[i] = g.randomInt64();
            }
        } else {
            // The top value included (floats too: modulo 2**mantissa + 1), from 32 or 64 random bits by the range.
            g.fillRandomRange(drawn, 0, drawn.length, 0, largestExact(t.dtype()) + 1);
        }
        return write(t, drawn);
    }

    /** {@code t.random_(from, to)}: integers in [from, to). */
    public static Tensor random_(Tensor t, long from, long to) {
        if (from >= to) {
            throw TorchException.runtime("random_ expects 'from' to be less than 'to', but got from=" + from + " >= to=" + to);
        }
        checkInRange(from, to - 1, t.dtype());
        long[] drawn = new long[(int) t.numel()];
        Generator.defaultGenerator().fillRandomRange(drawn, 0, drawn.length, from, to - from);
        return write(t, drawn);
    }

    /** {@code t.random_(from, None)}: integers from {@code from} to the dtype's top value, inclusive. */
    public static Tensor randomFrom_(Tensor t, long from) {
        long top = largestExact(t.dtype());
        if (t.dtype().isFloatingPoint() && from >= top) {
            throw TorchException.runtime("random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' casted "
                    + "to dtype, but got from=" + from + " > to_inc=" + top);
        }
        checkInRange(from, top, t.dtype());
        long[] drawn = new long[(int) t.numel()];
        // top - from + 1 wraps to 0 for the whole int64 range: all 64 bits.
        Generator.defaultGenerator().fillRandomRange(drawn, 0, drawn.length, from, top - from + 1);
        return write(t, drawn);
    }

    /** The largest value of the dtype every integer up to which it holds exactly. */
    private static long largestExact(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> 1L << 24;
            case FLOAT64 -> 1L << 53;
            case UINT8 -> 255;
            case INT32 -> Integer.MAX_VALUE;
            case BOOL -> 1;
            default -> Long.MAX_VALUE;
        };
    }

    /** PyTorch's bounds check on [from, lastIncluded] for integer dtypes (floats only warn there). */
    private static void checkInRange(long from, long lastIncluded, DType dtype) {
        if (dtype.isFloatingPoint() || dtype == DType.INT64) {
            return;
        }
        long min = dtype == DType.INT32 ? Integer.MIN_VALUE : 0;
        long max = largestExact(dtype);
        String type = switch (dtype) {
            case BOOL -> "bool";
            case UINT8 -> "unsigned char";
            default -> "int";
        };
        if (from < min || from > max) {
            throw TorchException.runtime("from is out of bounds for " + type);
        }
        if (lastIncluded < min || lastIncluded > max) {
            throw TorchException.runtime("to - 1 is out of bounds for " + type);
        }
    }

    private static Tensor write(Tensor t, long[] drawn) {
        Tensor values = Tensor.empty(t.shape(), DType.INT64);
        for (int i = 0; i < drawn.length; i++) {
            values.storage().setLong(i, drawn[i]);
        }
        return t.copyFrom(values.to(t.dtype()));
    }
}
