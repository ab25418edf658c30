package dev.torchlet.python.runtime;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** {@code int.to_bytes} and {@code int.from_bytes}: an int as a fixed number of bytes, big- or little-endian. */
final class IntBytes {
    private IntBytes() {
    }

    /** {@code n.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    static PyObject toBytes(PyInt n, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("to_bytes", kwargs, "length", "byteorder", "signed");
        ArgumentCheck.range("to_bytes", args, Map.of(), 0, 2);
        PyObject lengthArgument = args.size() > 0 ? args.get(0) : kwargs.get("length");
        long length = lengthArgument == null ? 1 : Conversions.index(lengthArgument);
        boolean little = littleEndian("to_bytes", args.size() > 1 ? args.get(1) : kwargs.get("byteorder"));
        boolean signed = kwargs.containsKey("signed") && kwargs.get("signed").isTruthy();
        if (length < 0) {
            throw PythonException.of("ValueError", "length argument must be non-negative");
        }
        BigInteger value = n.bigValue();
        if (value.signum() < 0 && !signed) {
            throw PythonException.of("OverflowError", "can't convert negative int to unsigned");
        }
        // Two's complement needs bitLength + 1 bits when signed, bitLength when not.
        long needed = ((long) value.bitLength() + (signed ? 1 : 0) + 7) / 8;
        if (needed > length) {
            throw PythonException.of("OverflowError", "int too big to convert");
        }
        Limits.checkItems(length);
        byte[] out = new byte[(int) length];
        byte[] minimal = value.toByteArray(); // big-endian two's complement, possibly one sign byte longer
        byte fill = (byte) (value.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < out.length; i++) {
            int from = minimal.length - 1 - i;
            out[out.length - 1 - i] = from >= 0 ? minimal[from] : fill;
        }
        if (little) {
            reverse(out);
        }
        return PyBytes.bytes(out);
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}. */
    static PyObject fromBytes(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("from_bytes", kwargs, "bytes", "byteorder", "signed");
        ArgumentCheck.range("from_bytes", args, Map.of(), 0, 2);
        PyObject source = args.size() > 0 ? args.get(0) : kwargs.get("bytes");
        if (source == null) {
            throw PythonException.of("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)");
        }
        boolean little = littleEndian("from_bytes", args.size() > 1 ? args.get(1) : kwargs.get("byteorder"));
        boolean signed = kwargs.containsKey("signed") && kwargs.get("signed").isTruthy();
        if (source instanceof PyStr || source instanceof PyInt) {
            throw PythonException.of("TypeError", "cannot convert '" + source.typeName() + "' object to bytes");
        }
        // Like bytes(source): a bytes-like object or an iterable of ints in 0..255.
        byte[] data = ((PyBytes) PyBytes.construct(false, List.of(source), Map.of())).toArray();
        if (little) {
            reverse(data);
        }
        if (data.length == 0) {
            return PyInt.of(0);
        }
        return PyInt.of(signed ? new BigInteger(data) : new BigInteger(1, data));
    }

    private static boolean littleEndian(String function, PyObject byteorder) {
        if (byteorder == null) {
            return false;
        }
        if (!(byteorder instanceof PyStr s)) {
            throw PythonException.of("TypeError", function + "() argument 'byteorder' must be str, not " + byteorder.typeName());
        }
        if (!s.value().equals("little") && !s.value().equals("big")) {
            throw PythonException.of("ValueError", "byteorder must be either 'little' or 'big'");
        }
        return s.value().equals("little");
    }

    private static void reverse(byte[] data) {
        for (int i = 0, j = data.length - 1; i < j; i++, j--) {
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }
}
