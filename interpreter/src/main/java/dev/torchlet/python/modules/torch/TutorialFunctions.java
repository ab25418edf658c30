package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Clamping;
import dev.torchlet.engine.ClampingByTensors;
import dev.torchlet.engine.Differences;
import dev.torchlet.engine.LogSpaceSums;
import dev.torchlet.engine.LogsAndPowers;
import dev.torchlet.engine.MomentPairs;
import dev.torchlet.engine.NonFiniteReplacement;
import dev.torchlet.engine.NonzeroCount;
import dev.torchlet.engine.ReducedExtremes;
import dev.torchlet.engine.RunningExtremes;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.SignsAndAngles;
import dev.torchlet.engine.Tensor;
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
 * sgn, signbit, float_power, xlogy, and clamp/clip with tensor bounds.
 */
final class TutorialFunctions {
    private TutorialFunctions() {
    }

    /** Tensor methods that are also torch functions taking the tensor first. */
    private static final List<String> METHODS = List.of("amax", "amin", "aminmax", "count_nonzero", "nan_to_num", "diff", "argwhere",
            "cummax", "cummin", "logcumsumexp", "hypot", "logaddexp", "logaddexp2", "exp2", "logit", "deg2rad", "rad2deg", "sgn",
            "signbit", "float_power", "xlogy");

    /** Methods whose in-place form {@code name_} exists in PyTorch. */
    private static final List<String> IN_PLACE = List.of("nan_to_num", "hypot", "exp2", "logit", "deg2rad", "rad2deg", "sgn",
            "float_power", "xlogy");

    /** torch functions that are not tensor methods. */
    private static final List<String> FUNCTIONS_ONLY = List.of("std_mean", "var_mean");

    /** The bound method {@code name} of {@code self}, or null when it is not one of these. */
    static PyObject method(PyTensor self, String name) {
        if (name.endsWith("_") && IN_PLACE.contains(name.substring(0, name.length() - 1))) {
            String base = name.substring(0, name.length() - 1);
            return new NativeFunction(name, (args, kwargs) -> {
                // Computed out of place, then written back with autograd's in-place rules.
                self.tensor().assignInPlace(((PyTensor) call(base, self.tensor(), args, kwargs)).tensor());
                return self;
            });
        }
        if (!METHODS.contains(name)) {
            return null;
        }
        return new NativeFunction(name, (args, kwargs) -> call(name, self.tensor(), args, kwargs));
    }

    static void define(PyModule torch) {
        for (String name : concat(METHODS, FUNCTIONS_ONLY)) {
            torch.define(name, new NativeFunction(name, (args, kwargs) -> {
                Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kwargs);
                PyObject input = args.isEmpty() ? rest.remove("input") : args.get(0);
                List<PyObject> others = args.isEmpty() ? args : args.subList(1, args.size());
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
        return b.dtype().isFloatingPoint() ? Scalar.of(b.itemAsDouble()) : b.dtype() == dev.torchlet.engine.DType.BOOL
                ? Scalar.of(b.itemAsLong() != 0) : Scalar.of(b.itemAsLong());
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
