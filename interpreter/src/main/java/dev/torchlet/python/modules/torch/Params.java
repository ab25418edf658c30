package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call, matched to a function's parameter names the way Python does
 * (positional first, then keywords), with typed getters and PyTorch's TypeErrors.
 */
public final class Params {
    private final String function;
    private final Map<String, PyObject> values = new HashMap<>();

    private Params(String function) {
        this.function = function;
    }

    public static Params parse(String function, List<PyObject> args, Map<String, PyObject> kwargs, String... names) {
        Params p = new Params(function);
        if (args.size() > names.length) {
            throw PythonException.of("TypeError", function + "() takes at most " + names.length + " positional arguments ("
                    + args.size() + " given)");
        }
        for (int i = 0; i < args.size(); i++) {
            p.values.put(names[i], args.get(i));
        }
        for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
            String name = e.getKey();
            if (!declares(names, name)) {
                String canonical = NUMPY_ALIASES.get(name);
                if (canonical == null || !declares(names, canonical)) {
                    throw PythonException.of("TypeError", function + "() got an unexpected keyword argument '" + name + "'");
                }
                name = canonical;
            }
            if (p.values.containsKey(name)) {
                throw PythonException.of("TypeError", function + "() got multiple values for argument '" + name + "'");
            }
            p.values.put(name, e.getValue());
        }
        return p;
    }

    /** PyTorch's argument parser also takes NumPy's keyword names (x.argmax(axis=1), sum(keepdims=True)). */
    private static final Map<String, String> NUMPY_ALIASES = Map.of(
            "axis", "dim", "keepdims", "keepdim", "x", "input", "a", "input", "x1", "input", "x2", "other");

    private static boolean declares(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    public boolean has(String name) {
        PyObject v = values.get(name);
        return v != null && v != PyNone.NONE;
    }

    public PyObject get(String name) {
        return values.get(name);
    }

    public PyObject required(String name) {
        if (!has(name)) {
            throw PythonException.of("TypeError", function + "() missing 1 required positional argument: \"" + name + "\"");
        }
        return values.get(name);
    }

    public Integer optionalInt(String name) {
        return has(name) ? (int) Arguments.integer(values.get(name), function + "(): argument '" + name + "'") : null;
    }

    public int integer(String name, int otherwise) {
        return has(name) ? (int) Arguments.integer(values.get(name), function + "(): argument '" + name + "'") : otherwise;
    }

    public long longValue(String name) {
        return Arguments.integer(required(name), function + "(): argument '" + name + "'");
    }

    public boolean flag(String name, boolean otherwise) {
        return has(name) ? values.get(name).isTruthy() : otherwise;
    }

    public double number(String name, double otherwise) {
        if (!has(name)) {
            return otherwise;
        }
        Scalar s = Arguments.scalarOrNull(values.get(name));
        if (s == null) {
            throw PythonException.of("TypeError", function + "(): argument '" + name + "' must be Number, not "
                    + values.get(name).typeName());
        }
        return s.doubleValue();
    }

    public Scalar scalar(String name) {
        if (!has(name)) {
            return null;
        }
        Scalar s = Arguments.scalarOrNull(values.get(name));
        if (s == null) {
            throw PythonException.of("TypeError", function + "(): argument '" + name + "' must be Number, not "
                    + values.get(name).typeName());
        }
        return s;
    }

    public Tensor tensor(String name) {
        PyObject v = required(name);
        if (v instanceof PyTensor t) {
            return t.tensor();
        }
        throw PythonException.of("TypeError", function + "(): argument '" + name + "' must be Tensor, not " + v.typeName());
    }

    public DType dtype(String name) {
        if (!has(name)) {
            return null;
        }
        if (values.get(name) instanceof PyDType d) {
            return d.dtype();
        }
        throw PythonException.of("TypeError", function + "(): argument '" + name + "' must be torch.dtype, not "
                + values.get(name).typeName());
    }

    /** Integers given either as varargs ({@code permute(1, 0)}) or as one tuple/list ({@code permute((1, 0))}). */
    static long[] integers(String function, List<PyObject> args) {
        List<PyObject> items = args.size() == 1 && args.get(0) instanceof PySequence seq ? seq.items() : args;
        long[] result = new long[items.size()];
        for (int i = 0; i < result.length; i++) {
            PyObject item = items.get(i);
            if (!(item instanceof PyInt) || item instanceof PyBool) {
                throw PythonException.of("TypeError", function + "(): argument 'dims' must be tuple of ints, but found element of type "
                        + item.typeName() + " at pos " + i);
            }
            result[i] = ((PyInt) item).value();
        }
        return result;
    }

    static int[] ints(long[] values) {
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (int) values[i];
        }
        return result;
    }

    static PyObject number(double value) {
        return new PyFloat(value);
    }
}
