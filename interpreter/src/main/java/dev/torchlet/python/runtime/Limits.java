package dev.torchlet.python.runtime;

import java.math.BigInteger;

/**
 * Size limits that turn absurd requests into Python exceptions instead of a Java OutOfMemoryError
 * (or a Wasm trap): CPython 3.11's 4300-digit limit on int/str conversion, and a MemoryError for
 * sequences and strings past what a browser tab can hold.
 */
public final class Limits {
    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int MAX_STR_DIGITS = 4300;
    /** Elements (or characters) beyond which building a list or string raises MemoryError. */
    public static final long MAX_ITEMS = 1L << 24;

    /**
     * Values a native function (list(), sorted(), sum()…) takes from an iterator that runs Python code
     * for each one. Such a loop cannot stop for the instruction budget, so a runaway {@code __getitem__}
     * or endless generator ends in MemoryError after about a second instead of freezing the page.
     */
    public static final long MAX_PYTHON_DRIVEN_ITEMS = 1L << 20;

    private Limits() {
    }

    /** Decimal text of an int, refusing more than 4300 digits as CPython does. */
    public static String decimal(BigInteger value) {
        // 4300 digits need at most ~14285 bits: anything much longer fails without converting.
        if (value.bitLength() > 14300) {
            throw tooManyDigits();
        }
        String text = value.abs().toString();
        if (text.length() > MAX_STR_DIGITS) {
            throw tooManyDigits();
        }
        return value.signum() < 0 ? "-" + text : text;
    }

    private static PythonException tooManyDigits() {
        return PythonException.of("ValueError", "Exceeds the limit (" + MAX_STR_DIGITS
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** int(text) with more than 4300 digits in a base that is not a power of two. */
    static void checkDigitsToParse(int digits, int base) {
        if (digits > MAX_STR_DIGITS && Integer.bitCount(base) != 1) {
            throw PythonException.of("ValueError", "Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** MemoryError when a result would hold more than {@link #MAX_ITEMS} elements. */
    public static void checkItems(long count) {
        if (count > MAX_ITEMS || count < 0) {
            throw PythonException.of("MemoryError", "");
        }
    }

    /** The repeat count of {@code seq * n}: 0 for negatives, CPython's OverflowError past 64 bits. */
    static long repeatCount(PyInt times, long itemSize) {
        if (times.isBig()) {
            if (times.signum() < 0) {
                return 0;
            }
            throw PythonException.of("OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, times.value());
        if (n > 0 && itemSize > 0) {
            checkItems(n > MAX_ITEMS ? n : n * itemSize);
        }
        return n;
    }
}
