package dev.torchlet.python.modules.random;

import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PySet;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PythonException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code random} module: CPython's functions on one hidden generator, drawing CPython's exact numbers. */
public final class RandomModule {
    private RandomModule() {
    }

    public static PyModule create() {
        PythonRandom rng = new PythonRandom();
        PyModule m = new PyModule("random");
        define(m, "seed", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("seed", kwargs, "a", "version");
            PyObject a = args.isEmpty() ? kwargs.getOrDefault("a", PyNone.NONE) : args.get(0);
            rng.seed(seedValue(a));
            return PyNone.NONE;
        });
        define(m, "random", (args, kwargs) -> {
            noArguments("random", args, kwargs);
            return new PyFloat(rng.random());
        });
        define(m, "getrandbits", (args, kwargs) -> {
            long k = Conversions.index(one("getrandbits", args, kwargs));
            if (k < 0) {
                throw PythonException.of("ValueError", "number of bits must be non-negative");
            }
            return PyInt.of(k == 0 ? BigInteger.ZERO : rng.getRandBits((int) k));
        });
        define(m, "randrange", (args, kwargs) -> randrange(rng, args, kwargs));
        define(m, "randint", (args, kwargs) -> {
            exactly("randint", args, kwargs, 2);
            BigInteger b = integer(args.get(1)).add(BigInteger.ONE);
            return randrange(rng, List.of(args.get(0), PyInt.of(b)), Map.of());
        });
        define(m, "uniform", (args, kwargs) -> {
            exactly("uniform", args, kwargs, 2);
            double a = Conversions.toDouble(args.get(0));
            double b = Conversions.toDouble(args.get(1));
            return new PyFloat(a + (b - a) * rng.random());
        });
        define(m, "choice", (args, kwargs) -> {
            PyObject seq = one("choice", args, kwargs);
            long n = seq.length();
            if (n == 0) {
                throw PythonException.of("IndexError", "Cannot choose from an empty sequence");
            }
            return seq.getItem(PyInt.of(rng.randBelow(BigInteger.valueOf(n))));
        });
        define(m, "shuffle", (args, kwargs) -> {
            PyObject x = one("shuffle", args, kwargs);
            for (long i = x.length() - 1; i > 0; i--) {
                PyInt a = PyInt.of(i);
                PyInt b = PyInt.of(rng.randBelow(BigInteger.valueOf(i + 1)));
                PyObject first = x.getItem(a);
                PyObject second = x.getItem(b);
                x.setItem(a, second);
                x.setItem(b, first);
            }
            return PyNone.NONE;
        });
        define(m, "sample", (args, kwargs) -> sample(rng, args, kwargs));
        define(m, "choices", (args, kwargs) -> choices(rng, args, kwargs));
        define(m, "gauss", (args, kwargs) -> {
            double[] p = muSigma("gauss", args, kwargs);
            return new PyFloat(rng.gauss(p[0], p[1]));
        });
        define(m, "normalvariate", (args, kwargs) -> {
            double[] p = muSigma("normalvariate", args, kwargs);
            return new PyFloat(rng.normalVariate(p[0], p[1]));
        });
        define(m, "expovariate", (args, kwargs) -> {
            double lambd = Conversions.toDouble(one("expovariate", args, kwargs));
            if (lambd == 0) {
                throw PythonException.of("ZeroDivisionError", "float division by zero");
            }
            return new PyFloat(-Math.log(1.0 - rng.random()) / lambd);
        });
        return m;
    }

    private static void define(PyModule m, String name, NativeFunction.Body body) {
        m.define(name, new NativeFunction(name, body));
    }

    /** CPython's seed from an int (its absolute value), a float (its hash) or None (the clock). */
    private static BigInteger seedValue(PyObject a) {
        if (a == PyNone.NONE) {
            return BigInteger.valueOf(System.currentTimeMillis());
        }
        if (a instanceof PyInt i) {
            return i.bigValue();
        }
        if (a instanceof PyFloat) {
            return BigInteger.valueOf(a.hash());
        }
        throw PythonException.of("NotImplementedError", "random.seed() of a " + a.typeName()
                + " is not supported by Torchlet yet (use an int)");
    }

    private static PyObject one(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        exactly(name, args, kwargs, 1);
        return args.get(0);
    }

    private static void exactly(String name, List<PyObject> args, Map<String, PyObject> kwargs, int count) {
        if (!kwargs.isEmpty()) {
            throw PythonException.of("TypeError", name + "() got an unexpected keyword argument '" + kwargs.keySet().iterator().next() + "'");
        }
        if (args.size() != count) {
            throw PythonException.of("TypeError", name + "() takes exactly " + count + " argument" + (count == 1 ? "" : "s")
                    + " (" + args.size() + " given)");
        }
    }

    private static void noArguments(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!args.isEmpty() || !kwargs.isEmpty()) {
            throw PythonException.of("TypeError", name + "() takes no arguments (" + args.size() + " given)");
        }
    }

    private static BigInteger integer(PyObject x) {
        if (x instanceof PyInt i) {
            return i.bigValue();
        }
        throw PythonException.of("TypeError", "'" + x.typeName() + "' object cannot be interpreted as an integer");
    }

    private static double[] muSigma(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords(name, kwargs, "mu", "sigma");
        PyObject mu = args.size() > 0 ? args.get(0) : kwargs.getOrDefault("mu", new PyFloat(0.0));
        PyObject sigma = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("sigma", new PyFloat(1.0));
        return new double[] {Conversions.toDouble(mu), Conversions.toDouble(sigma)};
    }

    /** CPython 3.11's randrange, with its ValueErrors for empty ranges. */
    private static PyObject randrange(PythonRandom rng, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("randrange", kwargs, "start", "stop", "step");
        if (args.isEmpty() || args.size() > 3) {
            throw PythonException.of("TypeError", "randrange() takes from 2 to 4 positional arguments but " + (args.size() + 1)
                    + " were given");
        }
        BigInteger start = integer(args.get(0));
        if (args.size() == 1) {
            if (start.signum() > 0) {
                return PyInt.of(rng.randBelow(start));
            }
            throw PythonException.of("ValueError", "empty range for randrange()");
        }
        BigInteger stop = integer(args.get(1));
        BigInteger width = stop.subtract(start);
        BigInteger step = args.size() > 2 ? integer(args.get(2)) : BigInteger.ONE;
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return PyInt.of(start.add(rng.randBelow(width)));
            }
            throw PythonException.of("ValueError", "empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        if (step.signum() == 0) {
            throw PythonException.of("ValueError", "zero step for randrange()");
        }
        BigInteger n = step.signum() > 0 ? floorDiv(width.add(step).subtract(BigInteger.ONE), step)
                : floorDiv(width.add(step).add(BigInteger.ONE), step);
        if (n.signum() <= 0) {
            throw PythonException.of("ValueError", "empty range for randrange()");
        }
        return PyInt.of(start.add(step.multiply(rng.randBelow(n))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** CPython 3.11's sample: a pool for small populations, a set of picked indices for large ones. */
    private static PyObject sample(PythonRandom rng, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("sample", kwargs, "k", "counts");
        if (kwargs.containsKey("counts")) {
            throw PythonException.of("NotImplementedError", "random.sample(counts=) is not supported by Torchlet yet");
        }
        PyObject population = args.get(0);
        if (population instanceof PySet || population instanceof PyDict) {
            throw PythonException.of("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        PyObject kArgument = args.size() > 1 ? args.get(1) : kwargs.get("k");
        if (kArgument == null) {
            throw PythonException.of("TypeError", "Random.sample() missing 1 required positional argument: 'k'");
        }
        long k = Conversions.index(kArgument);
        int n = (int) population.length();
        if (k < 0 || k > n) {
            throw PythonException.of("ValueError", "Sample larger than population or is negative");
        }
        List<PyObject> result = new ArrayList<>();
        int setSize = 21;
        if (k > 5) {
            setSize += (int) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setSize) {
            List<PyObject> pool = new ArrayList<>(population instanceof PySequence s ? s.items() : items(population));
            for (int i = 0; i < k; i++) {
                int j = rng.randBelow(n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            java.util.Set<Integer> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = rng.randBelow(n);
                while (selected.contains(j)) {
                    j = rng.randBelow(n);
                }
                selected.add(j);
                result.add(population.getItem(PyInt.of(j)));
            }
        }
        return PySequence.list(result);
    }

    private static List<PyObject> items(PyObject population) {
        List<PyObject> out = new ArrayList<>();
        for (long i = 0, n = population.length(); i < n; i++) {
            out.add(population.getItem(PyInt.of(i)));
        }
        return out;
    }

    /** CPython 3.11's choices: floor(random() * n) without weights, bisect on cumulative weights with them. */
    private static PyObject choices(PythonRandom rng, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("choices", kwargs, "population", "weights", "cum_weights", "k");
        PyObject population = args.size() > 0 ? args.get(0) : kwargs.get("population");
        PyObject weights = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("weights", PyNone.NONE);
        PyObject cumulative = kwargs.getOrDefault("cum_weights", PyNone.NONE);
        long k = Conversions.index(kwargs.getOrDefault("k", PyInt.of(1)));
        int n = (int) population.length();
        List<PyObject> result = new ArrayList<>();
        if (cumulative == PyNone.NONE && weights == PyNone.NONE) {
            for (long i = 0; i < k; i++) {
                result.add(population.getItem(PyInt.of((long) Math.floor(rng.random() * n))));
            }
            return PySequence.list(result);
        }
        if (cumulative != PyNone.NONE && weights != PyNone.NONE) {
            throw PythonException.of("TypeError", "Cannot specify both weights and cumulative weights");
        }
        List<Double> cum = new ArrayList<>();
        double running = 0;
        for (PyObject w : dev.torchlet.python.runtime.Sequences.toList(weights != PyNone.NONE ? weights : cumulative)) {
            double v = Conversions.toDouble(w);
            running = weights != PyNone.NONE ? running + v : v;
            cum.add(running);
        }
        if (cum.size() != n) {
            throw PythonException.of("ValueError", "The number of weights does not match the population");
        }
        double total = cum.get(n - 1) + 0.0;
        if (total <= 0.0) {
            throw PythonException.of("ValueError", "Total of weights must be greater than zero");
        }
        for (long i = 0; i < k; i++) {
            double x = rng.random() * total;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (x < cum.get(mid)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            result.add(population.getItem(PyInt.of(lo)));
        }
        return PySequence.list(result);
    }
}
