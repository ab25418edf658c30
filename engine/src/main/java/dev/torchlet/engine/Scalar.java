package dev.torchlet.engine;

/**
 * A Python number used as an operand ("wrapped number" in PyTorch): it takes part in type
 * promotion only by its category (bool, integer, floating), never by its precision.
 */
public record Scalar(DType category, double doubleValue, long longValue) {

    public static Scalar of(long value) {
        return new Scalar(DType.INT64, value, value);
    }

    public static Scalar of(double value) {
        return new Scalar(DType.FLOAT64, value, Float64.truncateToLong(value));
    }

    public static Scalar of(boolean value) {
        return new Scalar(DType.BOOL, value ? 1 : 0, value ? 1 : 0);
    }

    public boolean isFloatingPoint() {
        return category.isFloatingPoint();
    }
}
