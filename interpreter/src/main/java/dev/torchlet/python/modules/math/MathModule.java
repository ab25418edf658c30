package dev.torchlet.python.modules.math;

import dev.torchlet.engine.FloatRemainder;
import dev.torchlet.engine.PlatformMath;
import dev.torchlet.python.runtime.Arithmetic;
import dev.torchlet.python.runtime.Comparisons;
import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.runtime.Sequences;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The {@code math} module, with CPython's domain ("math domain error") and range ("math range error") errors. */
public final class MathModule {
    private MathModule() {
    }

    /** A function of one real number. */
    private interface Unary {
        double apply(double x);
    }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.define("pi", new PyFloat(Math.PI));
        m.define("e", new PyFloat(Math.E));
        m.define("tau", new PyFloat(2 * Math.PI));
        m.define("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.define("nan", new PyFloat(Double.NaN));
        unary(m, "sqrt", Math::sqrt);
        unary(m, "exp", Math::exp);
        unary(m, "expm1", PlatformMath::expm1);
        unary(m, "log1p", PlatformMath::log1p);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "sinh", PlatformMath::sinh);
        unary(m, "cosh", MathModule::cosh);
        unary(m, "tanh", PlatformMath::tanh);
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", x -> x * (180.0 / Math.PI));
        unary(m, "radians", x -> x * (Math.PI / 180.0));
        define(m, "log", (args, kwargs) -> {
            range("log", args, kwargs, 1, 2);
            double value = Logarithms.natural(args.get(0));
            if (args.size() == 1) {
                return new PyFloat(value);
            }
            double base = Logarithms.natural(args.get(1));
            if (base == 0) {
                throw PythonException.of("ZeroDivisionError", "float division by zero");
            }
            return new PyFloat(value / base);
        });
        define(m, "log2", (args, kwargs) -> new PyFloat(Logarithms.base2(one("log2", args, kwargs))));
        define(m, "log10", (args, kwargs) -> new PyFloat(Logarithms.base10(one("log10", args, kwargs))));
        define(m, "pow", (args, kwargs) -> {
            exactly("pow", args, kwargs, 2);
            return new PyFloat(power(Conversions.toDouble(args.get(0)), Conversions.toDouble(args.get(1))));
        });
        define(m, "atan2", (args, kwargs) -> {
            exactly("atan2", args, kwargs, 2);
            return new PyFloat(Math.atan2(Conversions.toDouble(args.get(0)), Conversions.toDouble(args.get(1))));
        });
        define(m, "copysign", (args, kwargs) -> {
            exactly("copysign", args, kwargs, 2);
            return new PyFloat(Math.copySign(Conversions.toDouble(args.get(0)), Conversions.toDouble(args.get(1))));
        });
        define(m, "fmod", (args, kwargs) -> {
            exactly("fmod", args, kwargs, 2);
            double x = Conversions.toDouble(args.get(0));
            double y = Conversions.toDouble(args.get(1));
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            return new PyFloat(FloatRemainder.fmod(x, y));
        });
        define(m, "hypot", (args, kwargs) -> {
            noKeywords("hypot", kwargs);
            double result = 0;
            for (PyObject a : args) {
                result = PlatformMath.hypot(result, Conversions.toDouble(a));
            }
            return new PyFloat(result);
        });
        define(m, "floor", (args, kwargs) -> rounding(one("floor", args, kwargs), Math::floor, "__floor__"));
        define(m, "ceil", (args, kwargs) -> rounding(one("ceil", args, kwargs), Math::ceil, "__ceil__"));
        define(m, "trunc", (args, kwargs) -> rounding(one("trunc", args, kwargs), x -> x < 0 ? Math.ceil(x) : Math.floor(x), "__trunc__"));
        define(m, "isnan", (args, kwargs) -> PyBool.of(Double.isNaN(Conversions.toDouble(one("isnan", args, kwargs)))));
        define(m, "isinf", (args, kwargs) -> PyBool.of(Double.isInfinite(Conversions.toDouble(one("isinf", args, kwargs)))));
        define(m, "isfinite", (args, kwargs) -> {
            double x = Conversions.toDouble(one("isfinite", args, kwargs));
            return PyBool.of(!Double.isNaN(x) && !Double.isInfinite(x));
        });
        define(m, "isclose", MathModule::isClose);
        define(m, "modf", (args, kwargs) -> {
            double x = Conversions.toDouble(one("modf", args, kwargs));
            if (Double.isInfinite(x)) {
                return PySequence.tuple(List.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x)));
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PySequence.tuple(List.of(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole)));
        });
        define(m, "frexp", (args, kwargs) -> {
            double x = Conversions.toDouble(one("frexp", args, kwargs));
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PySequence.tuple(List.of(new PyFloat(x), PyInt.of(0)));
            }
            int e = Math.getExponent(x) + 1;
            if (Math.getExponent(x) < Double.MIN_EXPONENT) {
                double scaled = x * 0x1p54;
                e = Math.getExponent(scaled) + 1 - 54;
            }
            return PySequence.tuple(List.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e)));
        });
        define(m, "ldexp", (args, kwargs) -> {
            exactly("ldexp", args, kwargs, 2);
            double x = Conversions.toDouble(args.get(0));
            long e = Conversions.index(args.get(1));
            double r = Math.scalb(x, (int) Math.max(-100000, Math.min(100000, e)));
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw rangeError();
            }
            return new PyFloat(r);
        });
        IntegerFunctions.install(m);
        define(m, "fsum", (args, kwargs) -> new PyFloat(ExactSum.fsum(Sequences.toList(one("fsum", args, kwargs)))));
        define(m, "prod", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("prod", kwargs, "start");
            if (args.size() != 1) {
                throw PythonException.of("TypeError", "prod() takes exactly 1 positional argument (" + args.size() + " given)");
            }
            PyObject product = kwargs.getOrDefault("start", PyInt.of(1));
            for (PyObject x : Sequences.toList(args.get(0))) {
                product = Arithmetic.binary("*", product, x);
            }
            return product;
        });
        define(m, "dist", (args, kwargs) -> {
            exactly("dist", args, kwargs, 2);
            List<PyObject> p = Sequences.toList(args.get(0));
            List<PyObject> q = Sequences.toList(args.get(1));
            if (p.size() != q.size()) {
                throw PythonException.of("ValueError", "both points must have the same number of dimensions");
            }
            double result = 0;
            for (int i = 0; i < p.size(); i++) {
                result = PlatformMath.hypot(result, Conversions.toDouble(p.get(i)) - Conversions.toDouble(q.get(i)));
            }
            return new PyFloat(result);
        });
        return m;
    }

    static void define(PyModule m, String name, NativeFunction.Body body) {
        m.define(name, new NativeFunction(name, body));
    }

    /** A float function: NaN from a non-NaN argument is a domain error, infinity from a finite one a range error. */
    private static void unary(PyModule m, String name, Unary f) {
        define(m, name, (args, kwargs) -> {
            double x = Conversions.toDouble(one(name, args, kwargs));
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domainError();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw rangeError();
            }
            return new PyFloat(r);
        });
    }

    /** fdlibm's cosh (which CPython gets from libm): Java's Math.cosh differs in the last bit near 1. */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < 0.5 * Math.log(2)) {
            double t = PlatformMath.expm1(a);
            double w = 1 + t;
            return a < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        return PlatformMath.cosh(x);
    }

    private static double power(double x, double y) {
        if (x == 0 && y < 0 && !Double.isInfinite(y)) {
            throw domainError();
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw rangeError();
        }
        return r;
    }

    /** floor/ceil/trunc: ints stay exact; floats become exact ints; other objects use their dunder. */
    private static PyObject rounding(PyObject x, Unary f, String dunder) {
        if (x instanceof PyInt i) {
            return PyInt.of(i.bigValue());
        }
        if (x instanceof PyFloat fl) {
            return PyInt.construct(List.of(new PyFloat(f.apply(fl.value()))), Map.of());
        }
        try {
            return x.getAttribute(dunder).call(List.of(), Map.of());
        } catch (PythonException e) {
            if (!e.typeName().equals("AttributeError")) {
                throw e;
            }
        }
        return PyInt.construct(List.of(new PyFloat(f.apply(Conversions.toDouble(x)))), Map.of());
    }

    private static PyObject isClose(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("isclose", kwargs, "rel_tol", "abs_tol");
        if (args.size() != 2) {
            throw PythonException.of("TypeError", "isclose() takes exactly 2 positional arguments (" + args.size() + " given)");
        }
        double a = Conversions.toDouble(args.get(0));
        double b = Conversions.toDouble(args.get(1));
        double relTol = kwargs.containsKey("rel_tol") ? Conversions.toDouble(kwargs.get("rel_tol")) : 1e-09;
        double absTol = kwargs.containsKey("abs_tol") ? Conversions.toDouble(kwargs.get("abs_tol")) : 0.0;
        if (relTol < 0 || absTol < 0) {
            throw PythonException.of("ValueError", "tolerances must be non-negative");
        }
        if (a == b) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(b - a);
        return PyBool.of(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
    }

    static PythonException domainError() {
        return PythonException.of("ValueError", "math domain error");
    }

    static PythonException rangeError() {
        return PythonException.of("OverflowError", "math range error");
    }

    static PyObject one(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        exactly(name, args, kwargs, 1);
        return args.get(0);
    }

    static void exactly(String name, List<PyObject> args, Map<String, PyObject> kwargs, int count) {
        noKeywords(name, kwargs);
        if (args.size() != count) {
            throw PythonException.of("TypeError", count == 1 ? name + "() takes exactly one argument (" + args.size() + " given)"
                    : name + " expected " + count + " arguments, got " + args.size());
        }
    }

    static void range(String name, List<PyObject> args, Map<String, PyObject> kwargs, int min, int max) {
        noKeywords(name, kwargs);
        if (args.size() < min || args.size() > max) {
            throw PythonException.of("TypeError", args.size() < min ? name + " expected at least " + min + " argument, got " + args.size()
                    : name + " expected at most " + max + " arguments, got " + args.size());
        }
    }

    static void noKeywords(String name, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) {
            throw PythonException.of("TypeError", name + "() takes no keyword arguments");
        }
    }

    static BigInteger nonNegativeInteger(String name, PyObject x, String what) {
        if (!(x instanceof PyInt i)) {
            throw PythonException.of("TypeError", "'" + x.typeName() + "' object cannot be interpreted as an integer");
        }
        if (i.signum() < 0) {
            throw PythonException.of("ValueError", name + "() " + what);
        }
        return i.bigValue();
    }

    static boolean lessThan(PyObject a, PyObject b) {
        return Comparisons.compare("<", a, b).isTruthy();
    }
}
