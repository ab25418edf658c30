package dev.torchlet.python.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import dev.torchlet.python.modules.math.MathModule;
import dev.torchlet.python.modules.random.RandomModule;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Throws tens of thousands of random calls at the runtime (builtins, math/random functions, methods
 * of every built-in type, operators, comparisons, hashing, indexing) with odd arguments. Each may
 * raise a Python exception; none may fail with a Java exception, which in the browser build would
 * be a trap rather than a traceback.
 */
class RuntimeFuzzTest {
    private static final String[] METHODS = {
        "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear",
        "keys", "values", "items", "get", "popitem", "setdefault", "update", "fromkeys",
        "add", "discard", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
        "isdisjoint", "intersection_update", "difference_update", "symmetric_difference_update",
        "split", "rsplit", "join", "strip", "lstrip", "rstrip", "replace", "upper", "lower", "title", "capitalize",
        "startswith", "endswith", "find", "rfind", "rindex", "ljust", "rjust", "center", "zfill", "isdigit",
        "isalpha", "isspace", "isupper", "islower", "istitle", "splitlines", "partition", "rpartition", "format",
        "format_map", "expandtabs", "removeprefix", "removesuffix", "swapcase", "bit_length", "is_integer",
        "encode", "decode", "hex", "fromhex", "to_bytes", "from_bytes", "isalnum", "translate", "maketrans", "isascii",
    };
    private static final String[] OPERATORS = {"+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>"};
    private static final String[] COMPARISONS = {"==", "!=", "<", "<=", ">", ">=", "in", "not in"};
    private static final boolean TRACE = Boolean.getBoolean("fuzz.trace");
    private static final String[] KEYWORDS = {"key", "reverse", "default", "start", "sep", "maxsplit", "k", "base", "ndigits"};

    @Test
    void randomCallsRaiseOnlyPythonExceptions() {
        // -Dfuzz.seed / -Dfuzz.rounds explore further; the default run is fixed and fast.
        Random random = new Random(Long.getLong("fuzz.seed", 20261122L));
        int rounds = Integer.getInteger("fuzz.rounds", 40_000);
        Map<String, PyObject> callables = new LinkedHashMap<>(Builtins.create(OutputStreams.of(s -> { }, s -> { }),
                new InMemoryFileSystem()));
        callables.remove("input");
        addModule(callables, MathModule.create(), "sqrt exp log log2 log10 pow sin cos tan asin acos atan atan2 sinh cosh"
                + " tanh floor ceil trunc fabs factorial gcd lcm isclose isnan isinf isfinite prod fsum comb perm degrees"
                + " radians hypot copysign fmod modf frexp ldexp isqrt dist expm1 log1p");
        addModule(callables, RandomModule.create(), "seed random getrandbits randrange randint uniform choice shuffle"
                + " sample choices gauss normalvariate expovariate");
        List<String> names = new ArrayList<>(callables.keySet());
        Map<String, String> failures = new LinkedHashMap<>(); // one example per Java failure site
        for (int round = 0; round < rounds; round++) {
            List<PyObject> pool = pool();
            PyObject a = pick(random, pool);
            PyObject b = pick(random, pool);
            String description = "";
            try {
                switch (random.nextInt(7)) {
                    case 0 -> {
                        String name = names.get(random.nextInt(names.size()));
                        List<PyObject> args = arguments(random, pool);
                        Map<String, PyObject> kwargs = keywords(random, pool);
                        description = name + args + kwargs;
                        trace(description);
                        callables.get(name).call(args, kwargs);
                    }
                    case 1, 2 -> {
                        String method = METHODS[random.nextInt(METHODS.length)];
                        List<PyObject> args = arguments(random, pool);
                        Map<String, PyObject> kwargs = keywords(random, pool);
                        description = a.repr() + "." + method + args + kwargs;
                        trace(description);
                        a.getAttribute(method).call(args, kwargs);
                    }
                    case 3 -> {
                        String op = OPERATORS[random.nextInt(OPERATORS.length)];
                        description = a.repr() + " " + op + " " + b.repr();
                        trace(description);
                        Arithmetic.binary(op, a, b);
                        a.inplaceOp(op, b);
                    }
                    case 4 -> {
                        String op = COMPARISONS[random.nextInt(COMPARISONS.length)];
                        description = a.repr() + " " + op + " " + b.repr();
                        trace(description);
                        Comparisons.compare(op, a, b);
                    }
                    case 5 -> {
                        description = a.repr() + "[" + b.repr() + "]";
                        trace(description);
                        int what = random.nextInt(3);
                        if (what == 0) {
                            a.getItem(b);
                        } else if (what == 1) {
                            a.setItem(b, pick(random, pool));
                        } else {
                            a.delItem(b);
                        }
                    }
                    default -> {
                        description = "hash/repr/str/len/iter/format of " + a.repr();
                        trace(description);
                        a.repr();
                        a.str();
                        a.isTruthy();
                        Formatter.format(a, pick(random, pool).str());
                        a.hash();
                        a.length();
                        PyIterator it = a.iterate();
                        for (int i = 0; i < 100 && it.hasNext(); i++) {
                            it.next();
                        }
                    }
                }
            } catch (PythonException expected) {
                // Python errors are the right outcome for nonsense calls.
            } catch (Throwable e) {
                StackTraceElement[] at = e.getStackTrace();
                failures.putIfAbsent(e.getClass().getSimpleName() + " at " + (at.length > 0 ? at[0] : "?"),
                        e + " from " + description);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " Java failure sites:\n" + String.join("\n", failures.values()));
        }
    }

    private static void trace(String description) {
        if (TRACE) {
            System.err.println(description);
        }
    }

    private static void addModule(Map<String, PyObject> callables, PyModule module, String names) {
        for (String name : names.split(" ")) {
            callables.put(module.name() + "." + name, module.getAttribute(name));
        }
    }

    private static PyObject pick(Random random, List<PyObject> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static List<PyObject> arguments(Random random, List<PyObject> pool) {
        List<PyObject> args = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            args.add(pick(random, pool));
        }
        return args;
    }

    private static Map<String, PyObject> keywords(Random random, List<PyObject> pool) {
        Map<String, PyObject> kwargs = new LinkedHashMap<>();
        if (random.nextInt(4) == 0) {
            kwargs.put(KEYWORDS[random.nextInt(KEYWORDS.length)], pick(random, pool));
        }
        return kwargs;
    }

    /** Fresh values each round, so mutations (append, clear) never pile up. */
    private static List<PyObject> pool() {
        List<PyObject> pool = new ArrayList<>();
        for (long v : new long[] {0, 1, -1, 2, 3, 5, 36, 100, -7, Long.MAX_VALUE, Long.MIN_VALUE}) {
            pool.add(PyInt.of(v));
        }
        pool.add(PyInt.of(BigInteger.TWO.pow(70)));
        pool.add(PyInt.of(BigInteger.TWO.pow(70).negate()));
        pool.add(PyBool.TRUE);
        pool.add(PyBool.FALSE);
        for (double v : new double[] {0.0, -0.0, 1.5, -2.5, 1e300, 5e-324, Double.NaN, Double.POSITIVE_INFINITY}) {
            pool.add(new PyFloat(v));
        }
        for (String s : new String[] {"", "a", "abc", " x  y ", "{}", "{0}{1}", "{x}", "%d", "%s%%", "a,b,,c", "12", ".2f",
            ">10", "{:{}}", "%(a)s", "\n\t", "0x1f", "1e5", "inf", "_"}) {
            pool.add(new PyStr(s));
        }
        pool.add(PyNone.NONE);
        pool.add(PyBytes.bytes(new byte[] {}));
        pool.add(PyBytes.bytes(new byte[] {'a', ',', 'b', ' ', (byte) 0xff, (byte) 0xc3}));
        pool.add(PyBytes.bytes(new byte[] {'0', '1'}));
        pool.add(PyBytes.bytearray(new byte[] {'x', ' ', 'y', '\n', 0}));
        pool.add(PyBytes.bytearray(new byte[] {}));
        pool.add(PySequence.list(new ArrayList<>(List.of(PyInt.of(3), PyInt.of(1), PyInt.of(2)))));
        pool.add(PySequence.list(new ArrayList<>(List.of(new PyStr("b"), new PyStr("a")))));
        pool.add(PySequence.list(new ArrayList<>()));
        pool.add(PySequence.tuple(List.of()));
        pool.add(PySequence.tuple(List.of(PyInt.of(1), new PyStr("x"))));
        pool.add(PySequence.tuple(List.of(PyInt.of(1), PyInt.of(2))));
        PyDict dict = new PyDict();
        dict.put(new PyStr("a"), PyInt.of(1));
        dict.put(PyInt.of(2), new PyStr("two"));
        pool.add(dict);
        pool.add(new PyDict());
        pool.add(PySet.of(PySequence.list(new ArrayList<>(List.of(PyInt.of(1), PyInt.of(9), PyInt.of(17)))), false));
        pool.add(PySet.of(PySequence.list(new ArrayList<>(List.of(new PyStr("q")))), true));
        pool.add(new PySet(false));
        pool.add(PySequence.list(new ArrayList<>(List.of(PyInt.of(5))))); // a list to index and sort
        pool.add(new PySlice(PyInt.of(1), PyNone.NONE, PyInt.of(-1)));
        pool.add(new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(0)));
        pool.add(new NativeFunction("abs", (args, kwargs) -> NumericBuiltins.abs(args.get(0))));
        pool.add(dict.getAttribute("keys").call(List.of(), Map.of()));
        return pool;
    }
}
