package dev.torchlet.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** The numeric builtins: abs, round, divmod, pow, hex, oct, bin, chr, ord, hash, id, format. */
final class NumericBuiltins {
    private NumericBuiltins() {
    }

    static void install(Map<String, PyObject> builtins) {
        define(builtins, "abs", (args, kwargs) -> abs(ArgumentCheck.one("abs", args, kwargs)));
        define(builtins, "round", NumericBuiltins::round);
        define(builtins, "divmod", (args, kwargs) -> {
            exactly("divmod", args, kwargs, 2);
            return divmod(args.get(0), args.get(1));
        });
        define(builtins, "pow", NumericBuiltins::pow);
        define(builtins, "hex", (args, kwargs) -> new PyStr(radix(ArgumentCheck.one("hex", args, kwargs), 16, "0x")));
        define(builtins, "oct", (args, kwargs) -> new PyStr(radix(ArgumentCheck.one("oct", args, kwargs), 8, "0o")));
        define(builtins, "bin", (args, kwargs) -> new PyStr(radix(ArgumentCheck.one("bin", args, kwargs), 2, "0b")));
        define(builtins, "chr", (args, kwargs) -> {
            PyObject code = ArgumentCheck.one("chr", args, kwargs);
            if (!(code instanceof PyInt i)) {
                throw PythonException.of("TypeError", "'" + code.typeName() + "' object cannot be interpreted as an integer");
            }
            return new PyStr(Characters.chr(i));
        });
        define(builtins, "ord", (args, kwargs) -> Characters.ord(ArgumentCheck.one("ord", args, kwargs)));
        define(builtins, "hash", (args, kwargs) -> PyInt.of(ArgumentCheck.one("hash", args, kwargs).hash()));
        define(builtins, "id", (args, kwargs) -> PyInt.of(0x7f0000000000L + System.identityHashCode(ArgumentCheck.one("id", args, kwargs))));
        define(builtins, "callable", (args, kwargs) -> PyBool.of(ArgumentCheck.one("callable", args, kwargs).isCallable()));
        define(builtins, "format", (args, kwargs) -> {
            ArgumentCheck.range("format", args, kwargs, 1, 2);
            PyObject spec = args.size() > 1 ? args.get(1) : new PyStr("");
            if (!(spec instanceof PyStr s)) {
                throw PythonException.of("TypeError", "format() argument 2 must be str, not " + spec.typeName());
            }
            return Formatter.formatValue(args.get(0), s.value());
        });
    }

    static void define(Map<String, PyObject> builtins, String name, NativeFunction.Body body) {
        builtins.put(name, new NativeFunction(name, body));
    }

    static void exactly(String name, List<PyObject> args, Map<String, PyObject> kwargs, int count) {
        ArgumentCheck.noKeywords(name, kwargs);
        if (args.size() != count) {
            throw PythonException.of("TypeError", name + " expected " + count + " arguments, got " + args.size());
        }
    }

    static PyObject abs(PyObject x) {
        if (x instanceof PyInt i) {
            return i.signum() < 0 ? i.unaryOp("-") : PyInt.of(i.bigValue().abs());
        }
        if (x instanceof PyFloat f) {
            return new PyFloat(Math.abs(f.value()));
        }
        PyObject result = Conversions.callDunder(x, "__abs__");
        if (result != null) {
            return result;
        }
        throw PythonException.of("TypeError", "bad operand type for abs(): '" + x.typeName() + "'");
    }

    /** {@code round(x[, ndigits])}: half to even, on the exact binary value of a float (round(2.675, 2) == 2.67). */
    static PyObject round(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("round", kwargs, "number", "ndigits");
        PyObject x = args.isEmpty() ? kwargs.get("number") : args.get(0);
        if (x == null) {
            throw PythonException.of("TypeError", "round() missing required argument 'number' (pos 1)");
        }
        if (args.size() > 2) {
            throw PythonException.of("TypeError", "round() takes at most 2 arguments (" + args.size() + " given)");
        }
        PyObject digits = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("ndigits", PyNone.NONE);
        if (x instanceof PyInt i) {
            if (digits == PyNone.NONE) {
                return PyInt.of(i.bigValue());
            }
            long n = Conversions.index(digits);
            if (n >= 0) {
                return PyInt.of(i.bigValue());
            }
            BigDecimal rounded = new BigDecimal(i.bigValue()).setScale((int) Math.max(n, -1_000_000), RoundingMode.HALF_EVEN);
            return PyInt.of(rounded.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            double v = f.value();
            if (digits == PyNone.NONE) {
                return IntArithmetic.fromDouble(roundHalfEven(v));
            }
            long n = Conversions.index(digits);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0 || n > 330) {
                return f;
            }
            if (n < -330) {
                return new PyFloat(0.0 * Math.signum(v));
            }
            double r = new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            if (Double.isInfinite(r)) {
                throw PythonException.of("OverflowError", "rounded value too large to represent");
            }
            return new PyFloat(r == 0 ? Math.copySign(0.0, v) : r);
        }
        PyObject result = Conversions.callDunder(x, "__round__");
        if (result != null) {
            return result;
        }
        throw PythonException.of("TypeError", "type " + x.typeName() + " doesn't define __round__ method");
    }

    /** Rounds to an integral double, ties to even (without Math.rint, which TeaVM computes differently). */
    static double roundHalfEven(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double floor = Math.floor(v);
        double diff = v - floor;
        if (diff > 0.5) {
            return floor + 1;
        }
        if (diff < 0.5) {
            return floor;
        }
        return floor % 2 == 0 ? floor : floor + 1;
    }

    static PyObject divmod(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            BigInteger[] qr = IntArithmetic.floorDivMod(x.bigValue(), y.bigValue());
            return PySequence.tuple(List.of(PyInt.of(qr[0]), PyInt.of(qr[1])));
        }
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            double x = Conversions.toDouble(a);
            double y = Conversions.toDouble(b);
            if (y == 0) {
                throw PythonException.of("ZeroDivisionError", "float divmod()");
            }
            double[] qr = FloatDivision.divmod(x, y);
            return PySequence.tuple(List.of(new PyFloat(qr[0]), new PyFloat(qr[1])));
        }
        throw PythonException.of("TypeError", "unsupported operand type(s) for divmod(): '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    static PyObject pow(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("pow", kwargs, "base", "exp", "mod");
        PyObject base = args.size() > 0 ? args.get(0) : kwargs.get("base");
        PyObject exp = args.size() > 1 ? args.get(1) : kwargs.get("exp");
        PyObject mod = args.size() > 2 ? args.get(2) : kwargs.getOrDefault("mod", PyNone.NONE);
        if (base == null || exp == null) {
            throw PythonException.of("TypeError", "pow() missing required argument '" + (base == null ? "base" : "exp")
                    + "' (pos " + (base == null ? 1 : 2) + ")");
        }
        if (mod == PyNone.NONE) {
            return Arithmetic.binary("**", base, exp);
        }
        if (!(base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m)) {
            throw PythonException.of("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger modulus = m.bigValue();
        if (modulus.signum() == 0) {
            throw PythonException.of("ValueError", "pow() 3rd argument cannot be 0");
        }
        BigInteger abs = modulus.abs();
        BigInteger value = b.bigValue();
        BigInteger exponent = e.bigValue();
        if (exponent.signum() < 0) {
            if (!value.gcd(abs).equals(BigInteger.ONE)) {
                throw PythonException.of("ValueError", "base is not invertible for the given modulus");
            }
            value = value.mod(abs).modInverse(abs);
            exponent = exponent.negate();
        }
        BigInteger r = value.modPow(exponent, abs);
        if (modulus.signum() < 0 && r.signum() != 0) {
            r = r.add(modulus);
        }
        return PyInt.of(r);
    }

    /** hex/oct/bin text: sign, prefix, digits. */
    static String radix(PyObject x, int radix, String prefix) {
        PyInt i;
        if (x instanceof PyInt direct) {
            i = direct;
        } else if (Conversions.callDunder(x, "__index__") instanceof PyInt index) {
            i = index;
        } else {
            throw PythonException.of("TypeError", "'" + x.typeName() + "' object cannot be interpreted as an integer");
        }
        BigInteger v = i.bigValue();
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }
}
