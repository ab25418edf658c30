package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.AddScaledProducts;
import dev.torchlet.engine.BatchedProducts;
import dev.torchlet.engine.BinaryOp;
import dev.torchlet.engine.Clamping;
import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.Comparisons.Logical;
import dev.torchlet.engine.Creation;
import dev.torchlet.engine.ElementwiseOps;
import dev.torchlet.engine.Extrema;
import dev.torchlet.engine.Joins;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Scans;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Statistics;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue #3's tensor methods, one table shared by {@code tensor.name(...)} and {@code torch.name(tensor, ...)}:
 * comparisons, logical ops, reductions, shape ops, element-wise functions, products, {@code new_*}
 * factories, and the in-place {@code name_} forms (computed, then written into the tensor's memory).
 */
final class TensorMethods {
    private TensorMethods() {
    }

    /** Names that are also {@code torch.*} functions taking the tensor first. */
    static final List<String> TORCH_FUNCTIONS = List.of(
            "eq", "ne", "lt", "le", "gt", "ge", "logical_and", "logical_or", "logical_xor", "logical_not",
            "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not",
            "max", "min", "argmax", "argmin", "prod", "std", "var", "norm", "logsumexp", "cumsum", "cumprod", "any", "all",
            "sort", "argsort", "topk",
            "unsqueeze", "squeeze", "permute", "flatten", "flip", "tril", "triu", "diag", "split", "chunk",
            "square", "clamp", "clip", "atan2", "fmod", "remainder", "floor_divide", "maximum", "minimum", "lerp",
            "addcmul", "addcdiv", "clamp_min", "clamp_max", "bmm", "mv", "dot", "outer");

    /** Methods whose in-place form {@code name_} exists in PyTorch. */
    private static final List<String> IN_PLACE = List.of(
            "square", "clamp", "clip", "atan2", "fmod", "remainder", "floor_divide", "lerp", "tril", "triu", "clamp_min",
            "clamp_max");

    /** The bound method {@code name} of {@code self}, or null when it is not one of these. */
    static PyObject method(PyTensor self, String name) {
        if (name.endsWith("_") && name.length() > 1) {
            String base = name.substring(0, name.length() - 1);
            if (base.equals("addcmul") || base.equals("addcdiv")) {
                // Written back with the op's own node (AddcmulBackward0), as PyTorch records the in-place form.
                return new NativeFunction(name, (args, kwargs) -> {
                    Tensor result = call(base, self.tensor(), args, kwargs);
                    OutArgument.requireCastable(result.dtype(), self.tensor().dtype());
                    self.tensor().assignInPlace(result);
                    return self;
                });
            }
            if (IN_PLACE.contains(base) || unary(base) != null) {
                return new NativeFunction(name, (args, kwargs) -> {
                    Tensor result = unary(base) != null ? self.tensor().unary(unary(base)) : call(base, self.tensor(), args, kwargs);
                    self.tensor().copyFrom(result);
                    return self;
                });
            }
            return null;
        }
        if (!TORCH_FUNCTIONS.contains(name) && unary(name) == null && !METHOD_ONLY.contains(name)) {
            return null;
        }
        return new NativeFunction(name, (args, kwargs) -> wrap(name, self.tensor(), args, kwargs));
    }

    private static final List<String> METHOD_ONLY = List.of("expand", "expand_as", "repeat",
            "new_zeros", "new_ones", "new_full", "new_empty", "new_tensor");

    private static UnaryOp unary(String name) {
        for (UnaryOp op : UnaryOp.values()) {
            if (op.pytorchName().equals(name)) {
                return op;
            }
        }
        return null;
    }

    /** Calls {@code name} and wraps what it returns for Python (a tensor, a named pair, a tuple of tensors). */
    static PyObject wrap(String name, Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        switch (name) {
            case "max", "min" -> {
                if (args.isEmpty() && kwargs.isEmpty()) {
                    return new PyTensor(name.equals("max") ? Extrema.max(t) : Extrema.min(t));
                }
                if (!args.isEmpty() && args.get(0) instanceof PyTensor other) {
                    return new PyTensor(ElementwiseOps.binary(name.equals("max") ? BinaryOp.MAXIMUM : BinaryOp.MINIMUM, t, other.tensor()));
                }
                Params p = Params.parse(name, args, kwargs, "dim", "keepdim");
                int dim = (int) p.longValue("dim");
                boolean keep = p.flag("keepdim", false);
                return new PyReturnTypes(name, name.equals("max") ? Extrema.max(t, dim, keep) : Extrema.min(t, dim, keep));
            }
            case "sort" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "descending", "stable");
                return new PyReturnTypes(name, Extrema.sort(t, p.integer("dim", -1), p.flag("descending", false)));
            }
            case "topk" -> {
                Params p = Params.parse(name, args, kwargs, "k", "dim", "largest", "sorted");
                return new PyReturnTypes(name, Extrema.topk(t, p.longValue("k"), p.integer("dim", -1), p.flag("largest", true)));
            }
            case "split" -> {
                Params p = Params.parse(name, args, kwargs, "split_size_or_sections", "dim");
                PyObject sizes = p.required("split_size_or_sections");
                int dim = p.integer("dim", 0);
                return tuple(sizes instanceof PySequence ? Joins.splitWithSizes(t, Params.integers(name, List.of(sizes)), dim)
                        : Joins.split(t, p.longValue("split_size_or_sections"), dim));
            }
            case "chunk" -> {
                Params p = Params.parse(name, args, kwargs, "chunks", "dim");
                return tuple(Joins.chunk(t, p.longValue("chunks"), p.integer("dim", 0)));
            }
            default -> {
                return new PyTensor(call(name, t, args, kwargs));
            }
        }
    }

    /**
     * {@code addcmul(tensor1, tensor2, *, value=1)} / {@code addcdiv}; the deprecated {@code (value, tensor1, tensor2)}
     * order still found in old optimizer code is accepted too (PyTorch warns and computes the same).
     */
    private static Tensor addScaledProduct(String name, Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        List<PyObject> positional = args;
        Map<String, PyObject> keywords = kwargs;
        if (args.size() == 3 && !(args.get(0) instanceof PyTensor) && !kwargs.containsKey("value")) {
            keywords = new java.util.LinkedHashMap<>(kwargs);
            keywords.put("value", args.get(0));
            positional = args.subList(1, 3);
        }
        if (positional.size() > 2) {
            throw PythonException.of("TypeError", name + "() takes 2 positional arguments but " + positional.size() + " were given");
        }
        Params p = Params.parse(name, positional, keywords, "tensor1", "tensor2", "value");
        for (int position = 1; position <= 2; position++) {
            PyObject given = p.required("tensor" + position);
            if (!(given instanceof PyTensor)) {
                throw PythonException.of("TypeError", name + "(): argument 'tensor" + position + "' (position " + position
                        + ") must be Tensor, not " + given.typeName());
            }
        }
        Scalar value = p.has("value") ? p.scalar("value") : Scalar.of(1L);
        return name.equals("addcmul") ? AddScaledProducts.addcmul(t, p.tensor("tensor1"), p.tensor("tensor2"), value)
                : AddScaledProducts.addcdiv(t, p.tensor("tensor1"), p.tensor("tensor2"), value);
    }

    private static PyObject tuple(List<Tensor> tensors) {
        List<PyObject> items = new ArrayList<>();
        for (Tensor t : tensors) {
            items.add(new PyTensor(t));
        }
        return PySequence.tuple(items);
    }

    /** The methods that return one tensor. */
    static Tensor call(String name, Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        UnaryOp op = unary(name);
        if (op != null) {
            Params.parse(name, args, kwargs);
            return t.unary(op);
        }
        switch (name) {
            case "eq", "ne", "lt", "le", "gt", "ge" -> {
                PyObject other = Params.parse(name, args, kwargs, "other").required("other");
                PyObject result = TensorOperators.compare(t, symbol(name), other);
                if (result == null) {
                    throw PythonException.of("TypeError", name + "(): argument 'other' (position 1) must be Tensor, not " + other.typeName());
                }
                return ((PyTensor) result).tensor();
            }
            case "logical_and", "logical_or", "logical_xor" -> {
                return Comparisons.logical(logical(name), t, Params.parse(name, args, kwargs, "other").tensor("other"));
            }
            case "logical_not" -> {
                Params.parse(name, args, kwargs);
                return Comparisons.logicalNot(t);
            }
            case "bitwise_and", "bitwise_or", "bitwise_xor" -> {
                PyObject other = Params.parse(name, args, kwargs, "other").required("other");
                return ((PyTensor) TensorOperators.binary(t, name.equals("bitwise_and") ? "&" : name.equals("bitwise_or") ? "|" : "^",
                        other, false)).tensor();
            }
            case "bitwise_not" -> {
                Params.parse(name, args, kwargs);
                return Comparisons.bitwiseNot(t);
            }
            case "argmax", "argmin" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "keepdim");
                return name.equals("argmax") ? Extrema.argmax(t, p.optionalInt("dim"), p.flag("keepdim", false))
                        : Extrema.argmin(t, p.optionalInt("dim"), p.flag("keepdim", false));
            }
            case "argsort" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "descending", "stable");
                return Extrema.argsort(t, p.integer("dim", -1), p.flag("descending", false));
            }
            case "prod" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "keepdim", "dtype");
                Tensor input = p.dtype("dtype") == null ? t : t.to(p.dtype("dtype"));
                return Statistics.prod(input, p.optionalInt("dim"), p.flag("keepdim", false));
            }
            case "std", "var" -> {
                Params p = !args.isEmpty() && args.get(0) instanceof PyBool
                        ? Params.parse(name, args, kwargs, "unbiased")
                        : Params.parse(name, args, kwargs, "dim", "unbiased", "keepdim", "correction");
                long correction = p.has("correction") ? p.longValue("correction") : p.flag("unbiased", true) ? 1 : 0;
                Integer dim = p.optionalInt("dim");
                boolean keep = p.flag("keepdim", false);
                return name.equals("std") ? Statistics.std(t, dim, correction, keep) : Statistics.var(t, dim, correction, keep);
            }
            case "norm" -> {
                Params p = Params.parse(name, args, kwargs, "p", "dim", "keepdim", "dtype");
                double order = p.has("p") && p.get("p") instanceof PyStr s ? frobenius(s) : p.number("p", 2);
                return Statistics.norm(t, order, p.optionalInt("dim"), p.flag("keepdim", false));
            }
            case "logsumexp" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "keepdim");
                return Statistics.logsumexp(t, (int) p.longValue("dim"), p.flag("keepdim", false));
            }
            case "cumsum", "cumprod" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "dtype");
                Tensor input = p.dtype("dtype") == null ? t : t.to(p.dtype("dtype"));
                int dim = (int) p.longValue("dim");
                return name.equals("cumsum") ? Scans.cumsum(input, dim) : Scans.cumprod(input, dim);
            }
            case "any", "all" -> {
                Params p = Params.parse(name, args, kwargs, "dim", "keepdim");
                return name.equals("any") ? Statistics.any(t, p.optionalInt("dim"), p.flag("keepdim", false))
                        : Statistics.all(t, p.optionalInt("dim"), p.flag("keepdim", false));
            }
            case "unsqueeze" -> {
                return ShapeOps.unsqueeze(t, (int) Params.parse(name, args, kwargs, "dim").longValue("dim"));
            }
            case "squeeze" -> {
                Integer dim = Params.parse(name, args, kwargs, "dim").optionalInt("dim");
                return dim == null ? ShapeOps.squeeze(t) : ShapeOps.squeeze(t, dim);
            }
            case "permute" -> {
                return ShapeOps.permute(t, Params.ints(Params.integers(name, kwargs.containsKey("dims") ? List.of(kwargs.get("dims")) : args)));
            }
            case "expand" -> {
                return ShapeOps.expand(t, Arguments.shape(name, args));
            }
            case "expand_as" -> {
                return ShapeOps.expand(t, Params.parse(name, args, kwargs, "other").tensor("other").shape());
            }
            case "repeat" -> {
                return ShapeOps.repeat(t, Arguments.shape(name, args));
            }
            case "flatten" -> {
                Params p = Params.parse(name, args, kwargs, "start_dim", "end_dim");
                return ShapeOps.flatten(t, p.integer("start_dim", 0), p.integer("end_dim", -1));
            }
            case "flip" -> {
                return ShapeOps.flip(t, Params.ints(Params.integers(name, kwargs.containsKey("dims") ? List.of(kwargs.get("dims")) : args)));
            }
            case "tril", "triu", "diag" -> {
                long diagonal = Params.parse(name, args, kwargs, "diagonal").integer("diagonal", 0);
                return name.equals("diag") ? ShapeOps.diag(t, diagonal) : name.equals("tril") ? ShapeOps.tril(t, diagonal)
                        : ShapeOps.triu(t, diagonal);
            }
            case "square" -> {
                Params.parse(name, args, kwargs);
                return ElementwiseOps.square(t);
            }
            case "clamp", "clip" -> {
                Params p = Params.parse(name, args, kwargs, "min", "max");
                if (p.get("min") instanceof PyTensor || p.get("max") instanceof PyTensor) {
                    return TutorialFunctions.clampByTensors(name, t, p.get("min"), p.get("max"));
                }
                return Clamping.clamp(t, p.scalar("min"), p.scalar("max"));
            }
            case "clamp_min" -> {
                if (Params.parse(name, args, kwargs, "min").get("min") instanceof PyTensor lo) {
                    return dev.torchlet.engine.ClampingByTensors.clamp(t, lo.tensor(), null, "ClampMinBackward1");
                }
                return Clamping.clampMin(t, Params.parse(name, args, kwargs, "min").scalar("min"));
            }
            case "clamp_max" -> {
                if (Params.parse(name, args, kwargs, "max").get("max") instanceof PyTensor hi) {
                    return dev.torchlet.engine.ClampingByTensors.clamp(t, null, hi.tensor(), "ClampMaxBackward1");
                }
                return Clamping.clampMax(t, Params.parse(name, args, kwargs, "max").scalar("max"));
            }
            case "atan2", "fmod", "remainder", "floor_divide", "maximum", "minimum" -> {
                BinaryOp op2 = switch (name) {
                    case "atan2" -> BinaryOp.ATAN2;
                    case "fmod" -> BinaryOp.FMOD;
                    case "remainder" -> BinaryOp.REMAINDER;
                    case "floor_divide" -> BinaryOp.FLOOR_DIVIDE;
                    case "maximum" -> BinaryOp.MAXIMUM;
                    default -> BinaryOp.MINIMUM;
                };
                PyObject other = Params.parse(name, args, kwargs, "other").required("other");
                if (other instanceof PyTensor o) {
                    return ElementwiseOps.binary(op2, t, o.tensor());
                }
                Scalar s = Arguments.scalarOrNull(other);
                if (s == null || op2 == BinaryOp.ATAN2 || op2 == BinaryOp.MAXIMUM || op2 == BinaryOp.MINIMUM) {
                    throw PythonException.of("TypeError", name + "(): argument 'other' (position 1) must be Tensor, not " + other.typeName());
                }
                return ElementwiseOps.binary(op2, t, s);
            }
            case "addcmul", "addcdiv" -> {
                return addScaledProduct(name, t, args, kwargs);
            }
            case "lerp" -> {
                Params p = Params.parse(name, args, kwargs, "end", "weight");
                Tensor end = p.tensor("end");
                PyObject weight = p.required("weight");
                return weight instanceof PyTensor w ? Clamping.lerp(t, end, w.tensor()) : Clamping.lerp(t, end, p.scalar("weight"));
            }
            case "bmm", "mv", "dot", "outer" -> {
                Tensor other = Params.parse(name, args, kwargs, name.equals("mv") ? "vec" : name.equals("outer") ? "vec2" : name.equals("bmm") ? "mat2" : "tensor")
                        .tensor(name.equals("mv") ? "vec" : name.equals("outer") ? "vec2" : name.equals("bmm") ? "mat2" : "tensor");
                return switch (name) {
                    case "bmm" -> BatchedProducts.bmm(t, other);
                    case "mv" -> BatchedProducts.mv(t, other);
                    case "dot" -> BatchedProducts.dot(t, other);
                    default -> BatchedProducts.outer(t, other);
                };
            }
            case "new_zeros", "new_ones", "new_empty" -> {
                Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kwargs);
                PyObject dtypeArg = rest.remove("dtype");
                PyObject grad = rest.remove("requires_grad");
                NativeFunction.rejectUnknownKeywords(name, rest);
                dev.torchlet.engine.DType dtype = dtypeArg instanceof PyDType d ? d.dtype() : t.dtype();
                Tensor made = Torch.full(Arguments.shape(name, args), Scalar.of(name.equals("new_ones") ? 1L : 0L), dtype);
                return grad != null && grad.isTruthy() ? made.requiresGrad_(true) : made;
            }
            case "new_full" -> {
                Params p = Params.parse(name, args, kwargs, "size", "fill_value", "dtype", "requires_grad");
                dev.torchlet.engine.DType dtype = p.dtype("dtype") == null ? t.dtype() : p.dtype("dtype");
                Tensor made = Torch.full(Arguments.shape(name, List.of(p.required("size"))), p.scalar("fill_value"), dtype);
                return p.flag("requires_grad", false) ? made.requiresGrad_(true) : made;
            }
            case "new_tensor" -> {
                Params p = Params.parse(name, args, kwargs, "data", "dtype", "requires_grad");
                Tensor made = Torch.tensor(Arguments.data(p.required("data")), p.dtype("dtype") == null ? t.dtype() : p.dtype("dtype"));
                return p.flag("requires_grad", false) ? made.requiresGrad_(true) : made;
            }
            default -> throw new IllegalStateException("no tensor method " + name);
        }
    }

    private static double frobenius(PyStr s) {
        if (!s.value().equals("fro")) {
            throw PythonException.of("RuntimeError", "norm(): only the 'fro' string order is supported by Torchlet yet, got '" + s.value() + "'");
        }
        return 2;
    }

    private static String symbol(String comparison) {
        return switch (comparison) {
            case "eq" -> "==";
            case "ne" -> "!=";
            case "lt" -> "<";
            case "le" -> "<=";
            case "gt" -> ">";
            default -> ">=";
        };
    }

    private static Logical logical(String name) {
        return switch (name) {
            case "logical_and" -> Logical.AND;
            case "logical_or" -> Logical.OR;
            default -> Logical.XOR;
        };
    }
}
