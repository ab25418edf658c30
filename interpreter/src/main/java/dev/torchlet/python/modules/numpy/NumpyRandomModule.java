package dev.torchlet.python.modules.numpy;

import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * {@code numpy.random}: the legacy global RandomState functions, drawing NumPy 1.24's exact values
 * for a seed: single draws, and arrays (shape arguments, {@code size=}) filled in C order one draw per
 * element, as NumPy's legacy fills do; {@code shuffle} and {@code permutation} of arrays.
 */
final class NumpyRandomModule {
    private NumpyRandomModule() {
    }

    static PyModule create() {
        LegacyRandomState state = new LegacyRandomState(System.currentTimeMillis() & 0xffffffffL);
        PyModule m = new PyModule("numpy.random");
        m.markPartial("Torchlet's numpy.random has the legacy seed, rand, randn, random, uniform, normal, "
                + "standard_normal, randint, choice, shuffle and permutation");
        define(m, "seed", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("seed", args, kwargs, "seed");
            state.seed(a.given("seed") ? seedValue(a.get("seed", PyNone.NONE))
                    : System.currentTimeMillis() & 0xffffffffL);
            return PyNone.NONE;
        });
        define(m, "rand", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("rand", kwargs);
            return args.isEmpty() ? new PyFloat(state.randomSample()) : RandomArrays.doubles(dims("rand", args), state::randomSample);
        });
        define(m, "randn", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("randn", kwargs);
            return args.isEmpty() ? new PyFloat(state.gauss()) : RandomArrays.doubles(dims("randn", args), state::gauss);
        });
        for (String name : new String[] {"random", "random_sample", "ranf", "sample"}) {
            define(m, name, (args, kwargs) -> {
                NumpyArguments a = NumpyArguments.bind(name, args, kwargs, "size");
                if (a.given("size")) {
                    return RandomArrays.doubles(size(name, a), state::randomSample);
                }
                return new PyFloat(state.randomSample());
            });
        }
        define(m, "uniform", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("uniform", args, kwargs, "low", "high", "size");
            double low = Conversions.toDouble(a.get("low", new PyFloat(0.0)));
            double high = Conversions.toDouble(a.get("high", new PyFloat(1.0)));
            if (a.given("size")) {
                return RandomArrays.doubles(size("uniform", a), () -> low + (high - low) * state.randomSample());
            }
            return new PyFloat(low + (high - low) * state.randomSample());
        });
        define(m, "normal", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("normal", args, kwargs, "loc", "scale", "size");
            double loc = Conversions.toDouble(a.get("loc", new PyFloat(0.0)));
            double scale = Conversions.toDouble(a.get("scale", new PyFloat(1.0)));
            if (scale < 0) {
                throw PythonException.of("ValueError", "scale < 0");
            }
            if (a.given("size")) {
                return RandomArrays.doubles(size("normal", a), () -> loc + scale * state.gauss());
            }
            return new PyFloat(loc + scale * state.gauss());
        });
        define(m, "standard_normal", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("standard_normal", args, kwargs, "size");
            if (a.given("size")) {
                return RandomArrays.doubles(size("standard_normal", a), state::gauss);
            }
            return new PyFloat(state.gauss());
        });
        define(m, "randint", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("randint", args, kwargs, "low", "high", "size", "dtype");
            dev.torchlet.engine.DType dtype = NumpyDType.parse(a.get("dtype", PyNone.NONE), dev.torchlet.engine.DType.INT64);
            if (dtype != dev.torchlet.engine.DType.INT64) {
                throw PythonException.of("NotImplementedError", "numpy.random.randint(dtype=...) other than int64 is not supported by Torchlet yet");
            }
            if (!a.given("low")) {
                throw PythonException.of("TypeError", "randint() missing required argument 'low' (pos 1)");
            }
            long low = Conversions.index(a.get("low", PyNone.NONE));
            long high;
            if (a.given("high")) {
                high = Conversions.index(a.get("high", PyNone.NONE));
            } else {
                high = low;
                low = 0;
            }
            if (low >= high) {
                throw PythonException.of("ValueError", "low >= high");
            }
            long base = low;
            long range = high - low - 1;
            if (a.given("size")) {
                return RandomArrays.longs(size("randint", a), () -> base + state.boundedMasked(range));
            }
            return PyInt.of(low + state.boundedMasked(high - low - 1));
        });
        define(m, "choice", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("choice", args, kwargs, "a", "size", "replace", "p");
            if (a.given("p") || a.get("replace", PyBool.TRUE) != PyBool.TRUE) {
                throw PythonException.of("NotImplementedError", "numpy.random.choice(p=..., replace=False) is not supported by Torchlet yet");
            }
            PyObject population = a.get("a", PyNone.NONE);
            boolean isCount = population instanceof PyInt;
            long n = isCount ? Conversions.index(population) : population.length();
            if (n <= 0) {
                throw PythonException.of("ValueError", isCount ? "a must be greater than 0 unless no samples are taken"
                        : "'a' cannot be empty unless no samples are taken");
            }
            // choice draws an index like randint(0, n), then picks it out of the population.
            if (a.given("size")) {
                PyObject indices = RandomArrays.longs(size("choice", a), () -> state.boundedMasked(n - 1));
                return isCount ? indices : NumpyFunctions.asArray(population).getItem(indices);
            }
            PyInt index = PyInt.of(state.boundedMasked(n - 1));
            return isCount ? index : population.getItem(index);
        });
        define(m, "shuffle", (args, kwargs) -> {
            PyObject x = NumpyArguments.bind("shuffle", args, kwargs, "x").get("x", PyNone.NONE);
            if (x instanceof PyNdArray array) {
                RandomArrays.shuffle(array.tensor(), state);
                return PyNone.NONE;
            }
            // Legacy shuffle swaps each position from the end with one drawn from [0, i], masked like randint.
            for (long i = x.length() - 1; i > 0; i--) {
                PyInt at = PyInt.of(i);
                PyInt other = PyInt.of(state.boundedMasked(i));
                PyObject first = x.getItem(at);
                PyObject second = x.getItem(other);
                x.setItem(at, second);
                x.setItem(other, first);
            }
            return PyNone.NONE;
        });
        define(m, "permutation", (args, kwargs) -> {
            PyObject x = NumpyArguments.bind("permutation", args, kwargs, "x").get("x", PyNone.NONE);
            dev.torchlet.engine.Tensor t = x instanceof PyInt n ? RandomArrays.arange(n.value())
                    : NumpyFunctions.asArray(x).tensor().clone();
            RandomArrays.shuffle(t, state);
            return new PyNdArray(t);
        });
        return m;
    }

    private static long[] dims(String function, List<PyObject> args) {
        return NumpyShapes.shape(function, args);
    }

    private static long[] size(String function, NumpyArguments a) {
        return NumpyShapes.shape(function, a.get("size", PyNone.NONE));
    }

    private static void define(PyModule m, String name, NativeFunction.Body body) {
        m.define(name, new NativeFunction(name, body));
    }

    /** NumPy's legacy integer seed: 0 to 2**32 - 1, fed to {@code init_genrand}. */
    private static long seedValue(PyObject seed) {
        if (!(seed instanceof PyInt)) {
            throw PythonException.of("NotImplementedError", "numpy.random.seed() of a " + seed.typeName()
                    + " is not supported by Torchlet yet (use an int)");
        }
        long value = Conversions.index(seed);
        if (value < 0 || value > 0xffffffffL) {
            throw PythonException.of("ValueError", "Seed must be between 0 and 2**32 - 1");
        }
        return value;
    }

}
