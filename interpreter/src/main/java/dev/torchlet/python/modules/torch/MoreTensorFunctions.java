package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.FloatChecks;
import dev.torchlet.engine.MatrixFunctions;
import dev.torchlet.engine.format.PrintOptions;
import dev.torchlet.engine.OrderStatistics;
import dev.torchlet.engine.RandomFills;
import dev.torchlet.engine.RandomIntegers;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.UniqueSlices;
import dev.torchlet.engine.WindowsAndGrids;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue #3's remaining tensor methods and their {@code torch.*} forms: trace, det, inverse, roll,
 * broadcast_to, unfold, narrow, select, neg/negative, view_as/reshape_as, the in-place arithmetic
 * methods ({@code add_ sub_ mul_ div_ pow_ neg_}), {@code torch.meshgrid}, and {@code torch.name(t, …)}
 * for the methods that PyTensor itself implements (sum, mean, add, …), which call the method.
 */
final class MoreTensorFunctions {
    private MoreTensorFunctions() {
    }

    private static final List<String> METHODS = List.of("trace", "det", "inverse", "roll", "broadcast_to", "unfold", "narrow",
            "select", "neg", "negative", "view_as", "reshape_as");

    /** torch functions that are the tensor's method called with the remaining arguments. */
    private static final List<String> FUNCTION_FORMS = List.of("trace", "det", "inverse", "roll", "broadcast_to", "narrow",
            "select", "neg", "negative", "sum", "mean", "add", "sub", "mul", "div", "true_divide", "pow", "reshape", "t",
            "transpose", "clone", "numel", "median", "nanmedian", "mode", "unique", "isnan", "isinf", "isfinite", "isclose", "allclose", "bernoulli", "multinomial");

    private static final List<String> ORDER_STATISTICS = List.of("median", "nanmedian", "mode", "unique");

    private static final List<String> IN_PLACE_ARITHMETIC = List.of("add_", "sub_", "mul_", "div_", "pow_", "neg_");

    /** The bound method {@code name} of {@code self}, or null when it is not one of these. */
    static PyObject method(PyTensor self, String name) {
        PyObject bound = unwrappedMethod(self, name);
        // Random methods take generator= (the draw comes from that generator's stream).
        return bound != null && RANDOM_METHODS.contains(name) ? PyGenerator.wrap(name, bound) : bound;
    }

    private static final List<String> RANDOM_METHODS = List.of("bernoulli_", "bernoulli", "uniform_", "normal_", "exponential_",
            "multinomial", "random_");

    private static PyObject unwrappedMethod(PyTensor self, String name) {
        Tensor t = self.tensor();
        if (IN_PLACE_ARITHMETIC.contains(name)) {
            // Computed out of place, then written back with autograd's in-place rules (like t += x).
            return new NativeFunction(name, (args, kwargs) -> {
                PyObject result = self.getAttribute(name.substring(0, name.length() - 1)).call(args, kwargs);
                t.assignInPlace(((PyTensor) result).tensor());
                return self;
            });
        }
        if (name.equals("true_divide")) {
            return self.getAttribute("div");
        }
        if (name.equals("softmax") || name.equals("log_softmax")) {
            // The method form names its dim (x.softmax(dim=1)); F.softmax's implicit-dim legacy does not apply.
            return new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "dim", "dtype");
                if (!p.has("dim")) {
                    throw PythonException.of("TypeError", name + "() missing 1 required positional arguments: \"dim\"");
                }
                Tensor input = p.has("dtype") ? t.to(p.dtype("dtype")) : t;
                int dim = p.integer("dim", 0);
                return new PyTensor(name.equals("softmax") ? dev.torchlet.engine.nn.Activations.softmax(input, dim)
                        : dev.torchlet.engine.nn.Activations.logSoftmax(input, dim));
            });
        }
        if (ORDER_STATISTICS.contains(name)) {
            return new NativeFunction(name, (args, kwargs) -> orderStatistic(name, t, args, kwargs));
        }
        if (name.equals("isnan") || name.equals("isinf") || name.equals("isfinite")) {
            return new NativeFunction(name, (args, kwargs) -> {
                Params.parse(name, args, kwargs);
                return new PyTensor(name.equals("isnan") ? FloatChecks.isnan(t) : name.equals("isinf") ? FloatChecks.isinf(t)
                        : FloatChecks.isfinite(t));
            });
        }
        if (name.equals("isclose") || name.equals("allclose")) {
            return new NativeFunction(name, (args, kwargs) -> closeness(name, t, args, kwargs));
        }
        if (name.equals("bernoulli_")) {
            return new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "p");
                if (p.get("p") instanceof PyTensor probabilities) {
                    RandomFills.bernoulli_(t, probabilities.tensor());
                } else {
                    RandomFills.bernoulli_(t, p.number("p", 0.5));
                }
                return self;
            });
        }
        if (name.equals("random_")) {
            return new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "from", "to");
                boolean toGiven = p.get("to") != null;
                if (!p.has("from") && !p.has("to")) {
                    RandomIntegers.random_(t);
                } else if (toGiven && !p.has("to")) {
                    // random_(from, None): from up to the dtype's largest value.
                    RandomIntegers.randomFrom_(t, p.longValue("from"));
                } else if (!toGiven || !p.has("from")) {
                    RandomIntegers.random_(t, 0, p.longValue(toGiven ? "to" : "from"));
                } else {
                    RandomIntegers.random_(t, p.longValue("from"), p.longValue("to"));
                }
                return self;
            });
        }
        if (name.equals("exponential_")) {
            return new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "lambd");
                RandomFills.exponential_(t, p.number("lambd", 1));
                return self;
            });
        }
        if (name.equals("multinomial")) {
            return new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "num_samples", "replacement");
                return new PyTensor(RandomFills.multinomial(t, p.longValue("num_samples"), p.flag("replacement", false)));
            });
        }
        if (name.equals("bernoulli")) {
            return new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "p");
                if (p.has("p")) {
                    // bernoulli(input, p) with a number: a fresh tensor like input, filled as bernoulli_(p), untracked.
                    return new PyTensor(RandomFills.bernoulli_(t.detach().clone(), p.number("p", 0.5)));
                }
                return new PyTensor(RandomFills.bernoulli(t));
            });
        }
        if (name.equals("uniform_") || name.equals("normal_")) {
            return new NativeFunction(name, (args, kwargs) -> {
                boolean normal = name.equals("normal_");
                Params p = normal ? Params.parse(name, args, kwargs, "mean", "std") : Params.parse(name, args, kwargs, "from", "to");
                if (normal) {
                    RandomFills.normal_(t, p.number("mean", 0), p.number("std", 1));
                } else {
                    RandomFills.uniform_(t, p.number("from", 0), p.number("to", 1));
                }
                return self;
            });
        }
        if (name.equals("data_ptr") || name.equals("element_size")) {
            return new NativeFunction(name, (args, kwargs) -> {
                Params.parse(name, args, kwargs);
                return dev.torchlet.python.runtime.PyInt.of(name.equals("data_ptr") ? dev.torchlet.engine.MemoryAddress.dataPtr(t)
                        : t.dtype().itemSize());
            });
        }
        if (name.equals("type")) {
            return new NativeFunction(name, (args, kwargs) -> LegacyConstructors.type(t, args, kwargs));
        }
        if (name.equals("mT")) {
            return new PyTensor(t.transpose(-2, -1));
        }
        if (name.equals("tolist")) {
            return new NativeFunction(name, (args, kwargs) -> {
                Params.parse(name, args, kwargs);
                return toList(t.detach().onHost());
            });
        }
        if (!METHODS.contains(name)) {
            return null;
        }
        return new NativeFunction(name, (args, kwargs) -> new PyTensor(call(name, t, args, kwargs)));
    }

    private static Tensor call(String name, Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        return switch (name) {
            case "trace", "det", "inverse", "neg", "negative" -> {
                Params.parse(name, args, kwargs);
                yield switch (name) {
                    case "trace" -> MatrixFunctions.trace(t);
                    case "det" -> MatrixFunctions.det(t);
                    case "inverse" -> MatrixFunctions.inverse(t);
                    default -> t.neg();
                };
            }
            case "roll" -> {
                Params p = Params.parse(name, args, kwargs, "shifts", "dims");
                long[] shifts = integers(p.required("shifts"), "shifts");
                long[] dims = p.has("dims") ? integers(p.get("dims"), "dims") : new long[0];
                yield WindowsAndGrids.roll(t, shifts, Params.ints(dims));
            }
            case "broadcast_to" -> WindowsAndGrids.broadcastTo(t, Arguments.shape(name, args));
            case "unfold" -> {
                Params p = Params.parse(name, args, kwargs, "dimension", "size", "step");
                yield WindowsAndGrids.unfold(t, (int) p.longValue("dimension"), p.longValue("size"), p.longValue("step"));
            }
            case "narrow" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "start", "length");
                yield narrow(t, (int) p.longValue("dim"), p.longValue("start"), p.longValue("length"));
            }
            case "select" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "index");
                yield t.select((int) p.longValue("dim"), p.longValue("index"));
            }
            case "view_as", "reshape_as" -> {
                Params p = Params.parse(name, args, kwargs, "other");
                long[] shape = p.tensor("other").shape();
                yield name.equals("view_as") ? t.view(shape) : t.reshape(shape);
            }
            default -> throw new IllegalStateException(name);
        };
    }

    /** median and nanmedian(dim=None, keepdim=False), mode(dim=-1, keepdim=False), unique(sorted=True, return_inverse=False, return_counts=False, dim=None). */
    private static PyObject orderStatistic(String name, Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (name.equals("unique")) {
            Params p = Params.parse(name, args, kwargs, "sorted", "return_inverse", "return_counts", "dim");
            // With dim, PyTorch's unique_dim sorts whatever sorted says.
            OrderStatistics.Unique u = p.has("dim") ? UniqueSlices.unique(t, p.integer("dim", 0))
                    : OrderStatistics.unique(t, p.flag("sorted", true));
            boolean inverse = p.flag("return_inverse", false);
            boolean counts = p.flag("return_counts", false);
            if (!inverse && !counts) {
                return new PyTensor(u.values());
            }
            List<PyObject> parts = new ArrayList<>(List.of(new PyTensor(u.values())));
            if (inverse) {
                parts.add(new PyTensor(u.inverse()));
            }
            if (counts) {
                parts.add(new PyTensor(u.counts()));
            }
            return PySequence.tuple(parts);
        }
        Params p = Params.parse(name, args, kwargs, "dim", "keepdim");
        boolean keep = p.flag("keepdim", false);
        boolean nan = name.equals("nanmedian");
        if (!name.equals("mode") && !p.has("dim")) {
            return new PyTensor(nan ? OrderStatistics.nanmedian(t) : OrderStatistics.median(t));
        }
        int dim = p.integer("dim", -1);
        return new PyReturnTypes(name, switch (name) {
            case "median" -> OrderStatistics.median(t, dim, keep);
            case "nanmedian" -> OrderStatistics.nanmedian(t, dim, keep);
            default -> OrderStatistics.mode(t, dim, keep);
        });
    }

    /** {@code isclose(other, rtol=1e-05, atol=1e-08, equal_nan=False)} and {@code allclose} (a bool). */
    private static PyObject closeness(String name, Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse(name, args, kwargs, "other", "rtol", "atol", "equal_nan");
        Tensor other = p.tensor("other");
        double rtol = p.number("rtol", 1e-05);
        double atol = p.number("atol", 1e-08);
        boolean equalNan = p.flag("equal_nan", false);
        return name.equals("isclose") ? new PyTensor(FloatChecks.isclose(t, other, rtol, atol, equalNan))
                : dev.torchlet.python.runtime.PyBool.of(FloatChecks.allclose(t, other, rtol, atol, equalNan));
    }

    /** {@code torch.set_printoptions(precision, threshold, edgeitems, linewidth, profile, sci_mode)}: None keeps a setting
     * (except sci_mode, which every call sets, as in PyTorch). */
    private static PyObject setPrintOptions(List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse("set_printoptions", args, kwargs, "precision", "threshold", "edgeitems", "linewidth", "profile",
                "sci_mode");
        int precision = PrintOptions.precision();
        long threshold = PrintOptions.threshold();
        int edgeItems = PrintOptions.edgeItems();
        int lineWidth = PrintOptions.lineWidth();
        if (p.has("profile")) {
            String profile = ((PyStr) p.get("profile")).value();
            switch (profile) {
                case "default" -> {
                    precision = 4;
                    threshold = 1000;
                    edgeItems = 3;
                    lineWidth = 80;
                }
                case "short" -> {
                    precision = 2;
                    threshold = 1000;
                    edgeItems = 2;
                    lineWidth = 80;
                }
                case "full" -> {
                    precision = 4;
                    threshold = Long.MAX_VALUE;
                    edgeItems = 3;
                    lineWidth = 80;
                }
                default -> {
                }
            }
        }
        if (p.has("precision")) {
            precision = (int) p.longValue("precision");
        }
        if (p.has("threshold")) {
            PyObject value = p.get("threshold");
            threshold = value instanceof dev.torchlet.python.runtime.PyFloat f && Double.isInfinite(f.value()) ? Long.MAX_VALUE
                    : p.longValue("threshold");
        }
        if (p.has("edgeitems")) {
            edgeItems = (int) p.longValue("edgeitems");
        }
        if (p.has("linewidth")) {
            lineWidth = (int) p.longValue("linewidth");
        }
        PrintOptions.set(precision, threshold, edgeItems, lineWidth);
        PrintOptions.setSciMode(p.has("sci_mode") ? Boolean.valueOf(p.get("sci_mode").isTruthy()) : null);
        return dev.torchlet.python.runtime.PyNone.NONE;
    }

    /** {@code torch.normal(mean, std, size=None, *, dtype=None)}: numbers with a size, or tensors (broadcast). */
    private static PyObject normal(List<PyObject> args, Map<String, PyObject> kwargs) {
        Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kwargs);
        PyObject dtypeArg = rest.remove("dtype");
        Params p = Params.parse("normal", args, rest, "mean", "std", "size");
        PyObject mean = p.required("mean");
        PyObject std = p.has("std") ? p.get("std") : new dev.torchlet.python.runtime.PyFloat(1.0);
        if (mean instanceof PyTensor || std instanceof PyTensor) {
            if (p.has("size")) {
                throw PythonException.of("TypeError", "normal() received an invalid combination of arguments: size is only "
                        + "accepted with float mean and std");
            }
            Tensor m = mean instanceof PyTensor t ? t.tensor() : null;
            Tensor s = std instanceof PyTensor t ? t.tensor() : null;
            dev.torchlet.engine.DType type = (m != null ? m : s).dtype();
            m = m != null ? m : dev.torchlet.engine.Torch.full(new long[0], Arguments.scalarOrNull(mean), type);
            s = s != null ? s : dev.torchlet.engine.Torch.full(new long[0], Arguments.scalarOrNull(std), type);
            return new PyTensor(RandomFills.normal(m, s));
        }
        if (!p.has("size")) {
            throw PythonException.of("TypeError", "normal() missing required argument 'size' (with float mean and std)");
        }
        dev.torchlet.engine.DType dtype = dtypeArg == null || dtypeArg == dev.torchlet.python.runtime.PyNone.NONE ? null
                : ((PyDType) dtypeArg).dtype();
        return new PyTensor(RandomFills.normal(p.number("mean", 0), p.number("std", 1),
                Arguments.shape("normal", List.of(p.get("size"))), dtype));
    }

    /** {@code tolist()}: nested lists of Python numbers (a number for a 0-dim tensor). */
    private static PyObject toList(Tensor t) {
        if (t.dim() == 0) {
            return switch (t.dtype()) {
                case FLOAT32, FLOAT64 -> new dev.torchlet.python.runtime.PyFloat(t.itemAsDouble());
                case BOOL -> dev.torchlet.python.runtime.PyBool.of(t.itemAsLong() != 0);
                default -> dev.torchlet.python.runtime.PyInt.of(t.itemAsLong());
            };
        }
        List<PyObject> items = new ArrayList<>();
        for (long i = 0; i < t.size(0); i++) {
            items.add(toList(t.select(0, i)));
        }
        return PySequence.list(items);
    }

    /** {@code narrow(dim, start, length)}: a slice view (SliceBackward0, as in PyTorch), with its checks. */
    private static Tensor narrow(Tensor t, int dim, long start, long length) {
        if (t.dim() == 0) {
            throw PythonException.of("RuntimeError", "narrow() cannot be applied to a 0-dim tensor.");
        }
        int d = dim < 0 ? dim + t.dim() : dim;
        long size = t.size(d);
        if (start < -size || start > size) {
            throw PythonException.of("IndexError", "Dimension out of range (expected to be in range of [" + -size + ", "
                    + (size - 1) + "], but got " + start + ")");
        }
        long from = start < 0 ? start + size : start;
        if (length < 0 || from > size - length) {
            throw PythonException.of("RuntimeError", "start (" + from + ") + length (" + length + ") exceeds dimension size ("
                    + size + ").");
        }
        return t.slice(d, from, from + length, 1);
    }

    private static long[] integers(PyObject value, String what) {
        List<PyObject> items = value instanceof PySequence seq ? seq.items() : List.of(value);
        long[] result = new long[items.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = Arguments.integer(items.get(i), what);
        }
        return result;
    }

    static void define(PyModule torch) {
        for (String name : FUNCTION_FORMS) {
            torch.define(name, new NativeFunction(name, (args, kwargs) -> {
                if (name.equals("pow") && args.size() == 2 && args.get(1) instanceof PyTensor exponent
                        && Arguments.scalarOrNull(args.get(0)) != null) {
                    // torch.pow(self: Number, exponent: Tensor), as number ** tensor.
                    return new PyTensor(exponent.tensor().rpow(Arguments.scalarOrNull(args.get(0))));
                }
                if (args.isEmpty() || !(args.get(0) instanceof PyTensor t)) {
                    throw PythonException.of("TypeError", name + "(): argument 'input' (position 1) must be Tensor, not "
                            + (args.isEmpty() ? "nothing" : args.get(0).typeName()));
                }
                return t.getAttribute(name).call(args.subList(1, args.size()), kwargs);
            }));
        }
        torch.define("einsum", new NativeFunction("einsum", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("einsum", kwargs);
            if (args.isEmpty() || !(args.get(0) instanceof PyStr equation)) {
                throw PythonException.of("TypeError", "einsum(): argument 'equation' (position 1) must be str");
            }
            List<PyObject> items = args.size() == 2 && args.get(1) instanceof PySequence seq ? seq.items() : args.subList(1, args.size());
            List<Tensor> operands = new ArrayList<>();
            for (PyObject item : items) {
                if (!(item instanceof PyTensor t)) {
                    throw PythonException.of("TypeError", "einsum(): operands must be Tensors, not " + item.typeName());
                }
                operands.add(t.tensor());
            }
            return new PyTensor(dev.torchlet.engine.Einsum.einsum(equation.value(), operands));
        }));
        torch.define("normal", new NativeFunction("normal", MoreTensorFunctions::normal));
        torch.define("randint_like", new NativeFunction("randint_like", (args, kwargs) -> {
            Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kwargs);
            PyObject dtypeArg = rest.remove("dtype");
            Params p = Params.parse("randint_like", args, rest, "input", "low", "high");
            Tensor input = p.tensor("input");
            long low = p.has("high") ? p.longValue("low") : 0;
            long high = p.has("high") ? p.longValue("high") : p.longValue("low");
            dev.torchlet.engine.DType dtype = dtypeArg == null || dtypeArg == dev.torchlet.python.runtime.PyNone.NONE
                    ? input.dtype() : ((PyDType) dtypeArg).dtype();
            return new PyTensor(dev.torchlet.engine.Torch.randint(low, high, input.shape(), dev.torchlet.engine.DType.INT64).to(dtype));
        }));
        torch.define("meshgrid", new NativeFunction("meshgrid", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("meshgrid", kwargs, "indexing");
            List<PyObject> items = args.size() == 1 && args.get(0) instanceof PySequence seq ? seq.items() : args;
            List<Tensor> tensors = new ArrayList<>();
            for (PyObject item : items) {
                if (!(item instanceof PyTensor t)) {
                    throw PythonException.of("TypeError", "meshgrid(): expected Tensor as element " + tensors.size()
                            + " in argument 0, but got " + item.typeName());
                }
                tensors.add(t.tensor());
            }
            PyObject indexing = kwargs.get("indexing");
            String mode = indexing == null ? "ij" : ((PyStr) indexing).value();
            List<PyObject> grids = new ArrayList<>();
            for (Tensor grid : WindowsAndGrids.meshgrid(tensors, mode)) {
                grids.add(new PyTensor(grid));
            }
            return PySequence.tuple(grids);
        }));
        // Print options are per program: importing torch starts from PyTorch's defaults.
        PrintOptions.set(4, 1000, 3, 80);
        PrintOptions.setSciMode(null);
        torch.define("set_printoptions", new NativeFunction("set_printoptions", MoreTensorFunctions::setPrintOptions));
        LegacyConstructors.define(torch);
        PyGenerator.define(torch); // last: it wraps the random functions defined before it to take generator=
        torch.define("is_tensor", new NativeFunction("is_tensor", (args, kwargs) ->
                dev.torchlet.python.runtime.PyBool.of(args.size() == 1 && args.get(0) instanceof PyTensor)));
    }
}
