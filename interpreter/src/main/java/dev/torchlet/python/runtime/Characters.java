package dev.torchlet.python.runtime;

/** {@code chr} and {@code ord}: code points beyond the BMP become surrogate pairs in Java strings. */
public final class Characters {
    private Characters() {
    }

    public static String chr(PyInt code) {
        if (code.isBig() || code.value() < 0 || code.value() > 0x10FFFF) {
            throw PythonException.of("ValueError", "chr() arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) code.value()));
    }

    public static PyInt ord(PyObject x) {
        if (x instanceof PyBytes b) {
            if (b.size() != 1) {
                throw PythonException.of("TypeError", "ord() expected a character, but string of length " + b.size() + " found");
            }
            return PyInt.of(b.at(0));
        }
        if (!(x instanceof PyStr s)) {
            throw PythonException.of("TypeError", "ord() expected string of length 1, but " + x.typeName() + " found");
        }
        String v = s.value();
        int count = v.codePointCount(0, v.length());
        if (count != 1) {
            throw PythonException.of("TypeError", "ord() expected a character, but string of length " + count + " found");
        }
        return PyInt.of(v.codePointAt(0));
    }
}
