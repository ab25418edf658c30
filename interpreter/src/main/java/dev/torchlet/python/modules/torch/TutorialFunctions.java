package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.BlockDiagonal;
import dev.torchlet.engine.CartesianProduct;
import dev.torchlet.engine.Clamping;
import dev.torchlet.engine.ClampingByTensors;
import dev.torchlet.engine.Differences;
import dev.torchlet.engine.Histograms;
import dev.torchlet.engine.IndexAccumulation;
import dev.torchlet.engine.LogSpaceSums;
import dev.torchlet.engine.LogsAndPowers;
import dev.torchlet.engine.MomentPairs;
import dev.torchlet.engine.NonFiniteReplacement;
import dev.torchlet.engine.NonzeroCount;
import dev.torchlet.engine.PairwiseDistances;
import dev.torchlet.engine.ReducedExtremes;
import dev.torchlet.engine.Rotation;
import dev.torchlet.engine.RunningExtremes;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.SignsAndAngles;
import dev.torchlet.engine.SortedSearch;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorProducts;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * Functions PyTorch tutorials reach for that the other tables lack, as tensor methods and
 * {@code torch.*} functions: amax/amin/aminmax, count_nonzero, nan_to_num, diff, argwhere,
 * std_mean/var_mean, cummax/cummin, logcumsumexp, hypot, logaddexp(2), exp2, logit, deg2rad/rad2deg,
 * sgn, signbit, float_power, xlogy, clamp/clip with tensor bounds, index_add/index_fill, tensordot, kron,
 * rot90, cartesian_prod, block_diag, cdist, searchsorted/bucketize, bincount and histc.
 */
final class TutorialFunctions {
    private TutorialFunctions() {
    }

    /** Tensor methods that are also torch functions taking the tensor first. */
    private static final List<String> METHODS = List.of("amax", "amin", "aminmax", "count_nonzero", "nan_to_num", "diff", "argwhere",
            "cummax", "cummin", "logcumsumexp", "hypot", "logaddexp", "logaddexp2", "exp2", "logit", "deg2rad", "rad2deg", "sgn",
            "signbit", "float_power", "xlogy", "index_add", "index_fill", "kron", "rot90", "bincount", "histc");

    /** Methods whose in-place form {@code name_} exists in PyTorch. */
    private static final List<String> IN_PLACE = List.of("nan_to_num", "hypot", "exp2", "logit", "deg2rad", "rad2deg", "sgn",
            "float_power", "xlogy", "index_add", "index_fill");

    /** torch functions that are not tensor methods. */
    private static final List<String> FUNCTIONS_ONLY = List.of("std_mean", "var_mean", "tensordot", "cdist", "searchsorted", "bucketize");

    /** torch functions that take their tensors as separate arguments. */
    private static final List<String> VARARGS = List.of("cartesian_prod", "block_diag");

    /** The bound method {@code name} of {@code self}, or null when it is not one of these. */
    static PyObject method(PyTensor self, String name) {
        if (name.endsWith("_") && IN_PLACE.contains(name.substring(0, name.length() - 1))) {
            String base = name.substring(0, name.length() - 1);
            return new NativeFunction(name, (args, kwargs) -> {
                // Computed out of place, then written back with autograd's in-place rules.
                Tensor result = ((PyTensor) call(base, self.tensor(), args, kwargs)).tensor();
                dev.torchlet.engine.DType own = self.tensor().dtype();
                if (base.equals("float_power") && own != dev.torchlet.engine.DType.FLOAT64) {
                    throw PythonException.of("RuntimeError", "the base given to float_power_ has dtype " + ShapeOps.typeName(own)
                            + " but the operation's result requires dtype Double");
                }
                if (result.dtype().isFloatingPoint() && !own.isFloatingPoint()) {
                    throw PythonException.of("RuntimeError", "result type " + ShapeOps.typeName(result.dtype())
                            + " can't be cast to the desired output type " + ShapeOps.typeName(own));
                }
                self.tensor().assignInPlace(result);
                return self;
            });
        }
        if (!METHODS.contains(name)) {
            return null;
        }
        return new NativeFunction(name, (args, kwargs) -> call(name, self.tensor(), args, kwargs));
    }

    static void define(PyModule torch) {
        for (String name : VARARGS) {
            torch.define(name, new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                List<Tensor> tensors = new java.util.ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    if (!(args.get(i) instanceof PyTensor t)) {
                        throw PythonException.of("TypeError", name + "(): argument 'tensors' (position " + (i + 1)
                                + ") must be tuple of Tensors, not " + args.get(i).typeName());
                    }
                    tensors.add(t.tensor());
                }
                return new PyTensor(name.equals("block_diag") ? BlockDiagonal.blockDiag(tensors) : CartesianProduct.cartesianProd(tensors));
            }));
        }
        for (String name : concat(METHODS, FUNCTIONS_ONLY)) {
            torch.define(name, new NativeFunction(name, (args, kwargs) -> {
                Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kwargs);
                PyObject input = args.isEmpty() ? rest.remove("input") : args.get(0);
                List<PyObject> others = args.isEmpty() ? args : args.subList(1, args.size());
                if (name.equals("bucketize") && !(input instanceof PyTensor) && Arguments.scalarOrNull(input) != null) {
                    // bucketize(number, boundaries): the number as a 0-d tensor.
                    input = new PyTensor(Torch.full(new long[0], Arguments.scalarOrNull(input), Arguments.scalarOrNull(input).category()));
                }
                if (name.equals("xlogy") && !(input instanceof PyTensor) && Arguments.scalarOrNull(input) != null && !others.isEmpty()
                        && others.get(0) instanceof PyTensor y) {
                    // xlogy(number, tensor): the number as a 0-d tensor.
                    return new PyTensor(LogsAndPowers.xlogy(Torch.full(new long[0], Arguments.scalarOrNull(input),
                            Arguments.scalarOrNull(input).category()), y.tensor()));
                }
                if (!(input instanceof PyTensor t)) {
                    throw PythonException.of("TypeError", name + "(): argument 'input' (position 1) must be Tensor, not "
                            + (input == null ? "NoneType" : input.typeName()));
                }
                return call(name, t.tensor(), others, rest);
            }));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static PyObject call(String name, Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        switch (name) {
            case "amax", "amin" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "keepdim");
                int[] dims = dims(name, p);
                boolean keep = p.flag("keepdim", false);
                return new PyTensor(name.equals("amax") ? ReducedExtremes.amax(t, dims, keep) : ReducedExtremes.amin(t, dims, keep));
            }
            case "aminmax" -> {
                if (!args.isEmpty()) {
                    throw PythonException.of("TypeError", "aminmax() takes 1 positional argument but " + (args.size() + 1) + " were given");
                }
                Params p = Params.parse(name, args, kwargs, "dim", "keepdim");
                Tensor[] r = ReducedExtremes.aminmax(t, p.optionalInt("dim"), p.flag("keepdim", false));
                return new PyReturnTypes(name, "min", "max", new ValuesIndices(r[0], r[1]));
            }
            case "count_nonzero" -> {
                return new PyTensor(NonzeroCount.countNonzero(t, dims(name, Params.parse(name, args, kwargs, "dim"))));
            }
            case "nan_to_num" -> {
                Params p = Params.parse(name, args, kwargs, "nan", "posinf", "neginf");
                return new PyTensor(NonFiniteReplacement.nanToNum(t, real(name, p, "nan"), real(name, p, "posinf"), real(name, p, "neginf")));
            }
            case "diff" -> {
                Params p = Params.parse(name, args, kwargs, "n", "dim", "prepend", "append");
                return new PyTensor(Differences.diff(t, p.has("n") ? p.longValue("n") : 1, p.integer("dim", -1),
                        p.has("prepend") ? p.tensor("prepend") : null, p.has("append") ? p.tensor("append") : null));
            }
            case "argwhere" -> {
                Params.parse(name, args, kwargs);
                return new PyTensor(t.nonzero());
            }
            case "std_mean", "var_mean" -> {
                Params p = !args.isEmpty() && args.get(0) instanceof PyBool
                        ? Params.parse(name, args, kwargs, "unbiased")
                        : Params.parse(name, args, kwargs, "dim", "unbiased", "keepdim", "correction");
                long correction = p.has("correction") ? p.longValue("correction") : p.flag("unbiased", true) ? 1 : 0;
                Integer dim = p.has("dim") && p.get("dim") instanceof PySequence one && one.items().size() == 1
                        ? (Integer) (int) Arguments.integer(one.items().get(0), "dim") : p.optionalInt("dim");
                boolean keep = p.flag("keepdim", false);
                Tensor[] r = name.equals("std_mean") ? MomentPairs.stdMean(t, dim, correction, keep) : MomentPairs.varMean(t, dim, correction, keep);
                return PySequence.tuple(List.of(new PyTensor(r[0]), new PyTensor(r[1])));
            }
            case "cummax", "cummin" -> {
                int dim = (int) Params.parse(name, args, kwargs, "dim").longValue("dim");
                return new PyReturnTypes(name, name.equals("cummax") ? RunningExtremes.cummax(t, dim) : RunningExtremes.cummin(t, dim));
            }
            case "logcumsumexp" -> {
                return new PyTensor(LogSpaceSums.logcumsumexp(t, (int) Params.parse(name, args, kwargs, "dim").longValue("dim")));
            }
            case "hypot", "logaddexp", "logaddexp2" -> {
                Tensor other = Params.parse(name, args, kwargs, "other").tensor("other");
                return new PyTensor(switch (name) {
                    case "hypot" -> SignsAndAngles.hypot(t, other);
                    case "logaddexp" -> LogSpaceSums.logaddexp(t, other);
                    default -> LogSpaceSums.logaddexp2(t, other);
                });
            }
            case "xlogy" -> {
                PyObject other = Params.parse(name, args, kwargs, "other").required("other");
                Scalar number = Arguments.scalarOrNull(other);
                return new PyTensor(LogsAndPowers.xlogy(t, other instanceof PyTensor o ? o.tensor() : number != null
                        ? Torch.full(new long[0], number, number.category()) : Params.parse(name, args, kwargs, "other").tensor("other")));
            }
            case "float_power" -> {
                PyObject exponent = Params.parse(name, args, kwargs, "exponent").required("exponent");
                if (exponent instanceof PyTensor e) {
                    return new PyTensor(LogsAndPowers.floatPower(t, e.tensor()));
                }
                Scalar s = Arguments.scalarOrNull(exponent);
                if (s == null) {
                    throw PythonException.of("TypeError", "float_power(): argument 'exponent' must be Tensor, not " + exponent.typeName());
                }
                return new PyTensor(LogsAndPowers.floatPower(t, s));
            }
            case "logit" -> {
                Params p = Params.parse(name, args, kwargs, "eps");
                return new PyTensor(LogsAndPowers.logit(t, real(name, p, "eps")));
            }
            case "index_add" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "index", "source", "alpha");
                return new PyTensor(IndexAccumulation.indexAdd(t, (int) p.longValue("dim"), p.tensor("index"), p.tensor("source"),
                        p.has("alpha") ? p.scalar("alpha") : null));
            }
            case "index_fill" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "index", "value");
                PyObject value = p.required("value");
                Scalar fill = Arguments.scalarOrNull(value);
                if (value instanceof PyTensor v) {
                    if (v.tensor().dim() != 0) {
                        throw PythonException.of("RuntimeError", "index_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                                + v.tensor().dim() + " dimension(s).");
                    }
                    fill = hostNumber(v.tensor());
                } else if (fill == null) {
                    throw PythonException.of("TypeError", "index_fill(): argument 'value' must be Number, not " + value.typeName());
                }
                return new PyTensor(IndexAccumulation.indexFill(t, (int) p.longValue("dim"), p.tensor("index"), fill));
            }
            case "tensordot" -> {
                Params p = Params.parse(name, args, kwargs, "b", "dims");
                Tensor other = p.tensor("b");
                PyObject dims = p.has("dims") ? p.get("dims") : new PyInt(2);
                if (dims instanceof PySequence pair && pair.items().size() == 2) {
                    return new PyTensor(TensorProducts.tensordot(t, other, dimList(pair.items().get(0)), dimList(pair.items().get(1))));
                }
                if (dims instanceof PyTensor d && d.tensor().dim() == 0) {
                    return new PyTensor(TensorProducts.tensordot(t, other, d.tensor().onHost().longAt(0)));
                }
                return new PyTensor(TensorProducts.tensordot(t, other, Arguments.integer(dims, "tensordot(): argument 'dims'")));
            }
            case "kron" -> {
                return new PyTensor(TensorProducts.kron(t, Params.parse(name, args, kwargs, "other").tensor("other")));
            }
            case "rot90" -> {
                Params p = Params.parse(name, args, kwargs, "k", "dims");
                long k = p.has("k") ? p.longValue("k") : 1;
                int[] dims = p.has("dims") ? Params.ints(Params.integers(name, List.of(p.get("dims")))) : new int[] {0, 1};
                return new PyTensor(Rotation.rot90(t, k, dims));
            }
            case "cdist" -> {
                Params p = Params.parse(name, args, kwargs, "x2", "p", "compute_mode");
                return new PyTensor(PairwiseDistances.cdist(t, p.tensor("x2"), p.number("p", 2)));
            }
            case "searchsorted", "bucketize" -> {
                boolean search = name.equals("searchsorted");
                Params p = search ? Params.parse(name, args, kwargs, "input", "out_int32", "right", "side", "sorter")
                        : Params.parse(name, args, kwargs, "boundaries", "out_int32", "right");
                boolean right = p.flag("right", false);
                if (p.has("side")) {
                    String side = ((dev.torchlet.python.runtime.PyStr) p.get("side")).value();
                    if (!side.equals("left") && !side.equals("right")) {
                        throw PythonException.of("RuntimeError", "torch.searchsorted(): side can only be 'left' or 'right' but got " + side);
                    }
                    if (right && side.equals("left")) {
                        throw PythonException.of("RuntimeError", "torch.searchsorted(): side and right can't be set to opposites, got side of "
                                + "left while right was True");
                    }
                    right = side.equals("right");
                }
                if (p.has("sorter")) {
                    throw PythonException.of("NotImplementedError", "torch.searchsorted(sorter=...) is not supported by Torchlet yet");
                }
                boolean int32 = p.flag("out_int32", false);
                if (!search) {
                    return new PyTensor(SortedSearch.bucketize(t, p.tensor("boundaries"), right, int32));
                }
                PyObject values = p.required("input");
                Scalar number = Arguments.scalarOrNull(values);
                Tensor v = values instanceof PyTensor vt ? vt.tensor() : number != null
                        ? Torch.full(new long[0], number, number.category()).to(t.device()) : p.tensor("input");
                return new PyTensor(SortedSearch.searchsorted(t, v, right, int32));
            }
            case "bincount" -> {
                Params p = Params.parse(name, args, kwargs, "weights", "minlength");
                return new PyTensor(Histograms.bincount(t, p.has("weights") ? p.tensor("weights") : null, p.has("minlength")
                        ? p.longValue("minlength") : 0));
            }
            case "histc" -> {
                Params p = Params.parse(name, args, kwargs, "bins", "min", "max");
                return new PyTensor(Histograms.histc(t, p.has("bins") ? p.longValue("bins") : 100, p.number("min", 0), p.number("max", 0)));
            }
            default -> {
                Params.parse(name, args, kwargs);
                return new PyTensor(switch (name) {
                    case "exp2" -> LogsAndPowers.exp2(t);
                    case "deg2rad" -> SignsAndAngles.deg2rad(t);
                    case "rad2deg" -> SignsAndAngles.rad2deg(t);
                    case "sgn" -> SignsAndAngles.sgn(t);
                    case "signbit" -> SignsAndAngles.signbit(t);
                    default -> throw new IllegalStateException("no tensor function " + name);
                });
            }
        }
    }

    /**
     * {@code clamp(min, max)} where a bound is a tensor: both tensors (or None) broadcast as
     * ClampBackward0; a 0-d CPU tensor beside a number is read as a number (ClampBackward1), as in PyTorch.
     */
    static Tensor clampByTensors(String name, Tensor t, PyObject min, PyObject max) {
        boolean minNumber = Arguments.scalarOrNull(min) != null;
        boolean maxNumber = Arguments.scalarOrNull(max) != null;
        if (minNumber || maxNumber) {
            return Clamping.clamp(t, numberBound(name, "min", min), numberBound(name, "max", max));
        }
        return ClampingByTensors.clamp(t, min instanceof PyTensor lo ? lo.tensor() : null, max instanceof PyTensor hi ? hi.tensor() : null,
                "ClampBackward0");
    }

    private static Scalar numberBound(String name, String which, PyObject bound) {
        if (bound == null || bound == dev.torchlet.python.runtime.PyNone.NONE) {
            return null;
        }
        Scalar s = Arguments.scalarOrNull(bound);
        if (s != null) {
            return s;
        }
        Tensor b = ((PyTensor) bound).tensor();
        if (b.dim() != 0 || !b.device().isCpu()) {
            throw PythonException.of("TypeError", name + "(): argument '" + which + "' must be Number, not Tensor");
        }
        return hostNumber(b);
    }

    /** A 0-d tensor's value as a number (read on the host, as PyTorch reads a Scalar argument). */
    private static Scalar hostNumber(Tensor t) {
        Tensor host = t.onHost();
        return t.dtype().isFloatingPoint() ? Scalar.of(host.doubleAt(0)) : t.dtype() == dev.torchlet.engine.DType.BOOL
                ? Scalar.of(host.longAt(0) != 0) : Scalar.of(host.longAt(0));
    }

    /** One int or a list of ints, as tensordot's dim lists. */
    private static int[] dimList(PyObject dims) {
        return dims instanceof PySequence several ? Params.ints(Params.integers("tensordot", List.of(several)))
                : new int[] {(int) Arguments.integer(dims, "tensordot(): argument 'dims'")};
    }

    /** A dim argument that may be one int, a tuple/list of ints, or absent (an empty array: every dim). */
    private static int[] dims(String name, Params p) {
        if (!p.has("dim")) {
            return new int[0];
        }
        PyObject dim = p.get("dim");
        if (dim instanceof PySequence several) {
            return Params.ints(Params.integers(name, List.of(several)));
        }
        return new int[] {(int) Arguments.integer(dim, name + "(): argument 'dim'")};
    }

    /** An optional float argument (ints accepted), with PyTorch's TypeError for anything else. */
    private static Double real(String name, Params p, String which) {
        if (!p.has(which)) {
            return null;
        }
        PyObject v = p.get(which);
        if (v instanceof PyFloat f) {
            return f.value();
        }
        if (v instanceof PyInt i && !(v instanceof PyBool)) {
            return (double) i.value();
        }
        throw PythonException.of("TypeError", name + "(): argument '" + which + "' must be float, not " + v.typeName());
    }
}
