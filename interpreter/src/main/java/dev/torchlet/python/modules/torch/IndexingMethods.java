package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * The indexing functions as tensor methods and {@code torch.*} functions: index_select,
 * masked_select, masked_fill(_), where, nonzero, gather, scatter(_), scatter_add(_), take.
 * Arguments follow PyTorch's signatures (positional or by keyword).
 */
final class IndexingMethods {
    static final List<String> NAMES = List.of("index_select", "masked_select", "masked_fill", "masked_fill_", "where",
            "nonzero", "gather", "scatter", "scatter_", "scatter_add", "scatter_add_", "take");

    private IndexingMethods() {
    }

    /** {@code tensor.name} as a bound method, or null when the name is not an indexing function. */
    static NativeFunction bind(Tensor self, String name) {
        if (!NAMES.contains(name)) {
            return null;
        }
        return new NativeFunction(name, (args, kwargs) -> new PyTensor(call(name, self, args, kwargs)));
    }

    /** {@code torch.name(input, ...)}; {@code torch.where(condition, x, y)} takes the condition first. */
    static NativeFunction function(String name) {
        return new NativeFunction(name, (args, kwargs) -> {
            if (args.isEmpty() || !(args.get(0) instanceof PyTensor first)) {
                throw PythonException.of("TypeError", name + "(): argument '" + (name.equals("where") ? "condition" : "input")
                        + "' (position 1) must be Tensor");
            }
            if (name.equals("where")) {
                Parsed p = Parsed.of(name, args.subList(1, args.size()), kwargs, "input", "other");
                return new PyTensor(dev.torchlet.engine.Torch.where(first.tensor(), p.tensorOrScalar(0, null), p.tensorOrScalar(1, null)));
            }
            return new PyTensor(call(name, first.tensor(), args.subList(1, args.size()), kwargs));
        });
    }

    private static Tensor call(String name, Tensor self, List<PyObject> args, Map<String, PyObject> kwargs) {
        return switch (name) {
            case "index_select" -> {
                Parsed p = Parsed.of(name, args, kwargs, "dim", "index");
                yield self.indexSelect(p.integer(0), p.tensor(1));
            }
            case "masked_select" -> self.maskedSelect(Parsed.of(name, args, kwargs, "mask").tensor(0));
            case "masked_fill", "masked_fill_" -> {
                Parsed p = Parsed.of(name, args, kwargs, "mask", "value");
                if (p.get(1) instanceof PyTensor t) {
                    yield name.endsWith("_") ? self.maskedFill_(p.tensor(0), t.tensor()) : self.maskedFill(p.tensor(0), t.tensor());
                }
                Scalar value = Arguments.scalarOrNull(p.get(1));
                if (value == null) {
                    throw PythonException.of("TypeError", name + "(): argument 'value' must be Number or Tensor");
                }
                yield name.endsWith("_") ? self.maskedFill_(p.tensor(0), value) : self.maskedFill(p.tensor(0), value);
            }
            case "where" -> {
                Parsed p = Parsed.of(name, args, kwargs, "condition", "other");
                yield dev.torchlet.engine.Torch.where(p.tensor(0), self, p.tensorOrScalar(1, self));
            }
            case "nonzero" -> {
                Parsed.of(name, args, kwargs);
                yield self.nonzero();
            }
            case "gather" -> {
                Parsed p = Parsed.of(name, args, kwargs, "dim", "index");
                yield self.gather(p.integer(0), p.tensor(1));
            }
            case "scatter", "scatter_" -> {
                Parsed p = Parsed.of(name, args, kwargs, "dim", "index", "src", "value");
                PyObject source = p.present(2) ? p.get(2) : p.get(3);
                int dim = p.integer(0);
                Tensor index = p.tensor(1);
                boolean inPlace = name.endsWith("_");
                if (source instanceof PyTensor t) {
                    yield inPlace ? self.scatter_(dim, index, t.tensor()) : self.scatter(dim, index, t.tensor());
                }
                Scalar value = Arguments.scalarOrNull(source);
                if (value == null) {
                    throw PythonException.of("TypeError", name + "() received an invalid combination of arguments");
                }
                yield inPlace ? self.scatter_(dim, index, value) : self.scatter(dim, index, value);
            }
            case "scatter_add", "scatter_add_" -> {
                Parsed p = Parsed.of(name, args, kwargs, "dim", "index", "src");
                yield name.endsWith("_") ? self.scatterAdd_(p.integer(0), p.tensor(1), p.tensor(2))
                        : self.scatterAdd(p.integer(0), p.tensor(1), p.tensor(2));
            }
            case "take" -> self.take(Parsed.of(name, args, kwargs, "index").tensor(0));
            default -> throw new IllegalStateException(name);
        };
    }

    /** Positional-or-keyword arguments matched to parameter names, with CPython-style TypeErrors. */
    private record Parsed(String function, String[] names, PyObject[] values) {
        static Parsed of(String function, List<PyObject> args, Map<String, PyObject> kwargs, String... names) {
            NativeFunction.rejectUnknownKeywords(function, kwargs, names);
            if (args.size() > names.length) {
                throw PythonException.of("TypeError", function + "() takes " + names.length + " positional argument"
                        + (names.length == 1 ? "" : "s") + " but " + args.size() + " were given");
            }
            PyObject[] values = new PyObject[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = i < args.size() ? args.get(i) : kwargs.get(names[i]);
            }
            return new Parsed(function, names, values);
        }

        boolean present(int i) {
            return values[i] != null;
        }

        PyObject get(int i) {
            if (values[i] == null) {
                throw PythonException.of("TypeError", function + "() missing required argument '" + names[i] + "'");
            }
            return values[i];
        }

        int integer(int i) {
            return (int) Arguments.integer(get(i), function + "(): argument '" + names[i] + "'");
        }

        Tensor tensor(int i) {
            if (get(i) instanceof PyTensor t) {
                return t.tensor();
            }
            throw PythonException.of("TypeError", function + "(): argument '" + names[i] + "' must be Tensor, not "
                    + get(i).typeName());
        }

        /** A tensor, or a Python number as a 0-dim tensor (of {@code like}'s dtype when given, else its own kind). */
        Tensor tensorOrScalar(int i, Tensor like) {
            if (get(i) instanceof PyTensor t) {
                return t.tensor();
            }
            Scalar s = Arguments.scalarOrNull(get(i));
            if (s == null) {
                throw PythonException.of("TypeError", function + "(): argument '" + names[i] + "' must be Tensor or Number, not "
                        + get(i).typeName());
            }
            dev.torchlet.engine.DType type = like != null ? like.dtype()
                    : s.isFloatingPoint() ? dev.torchlet.engine.Torch.getDefaultDtype() : s.category();
            return dev.torchlet.engine.Torch.full(new long[0], s, type);
        }
    }
}
