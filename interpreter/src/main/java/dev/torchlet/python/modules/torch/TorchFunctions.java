package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.Creation;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.Joins;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Issue #3's {@code torch.*} functions: the tensor methods as functions, joins, and factories. */
final class TorchFunctions {
    private TorchFunctions() {
    }

    static void define(PyModule torch) {
        for (String name : TensorMethods.TORCH_FUNCTIONS) {
            torch.define(name, new NativeFunction(name, (args, kwargs) -> {
                if (args.isEmpty() || !(args.get(0) instanceof PyTensor t)) {
                    throw PythonException.of("TypeError", name + "(): argument 'input' (position 1) must be Tensor, not "
                            + (args.isEmpty() ? "nothing" : args.get(0).typeName()));
                }
                return TensorMethods.wrap(name, t.tensor(), args.subList(1, args.size()), kwargs);
            }));
        }
        for (String name : new String[] {"cat", "concat", "stack"}) {
            torch.define(name, new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "tensors", "dim");
                List<Tensor> tensors = tensors(name, p.required("tensors"));
                int dim = p.integer("dim", 0);
                return new PyTensor(name.equals("stack") ? Joins.stack(tensors, dim) : Joins.cat(tensors, dim));
            }));
        }
        torch.define("equal", new NativeFunction("equal", (args, kwargs) -> {
            Params p = Params.parse("equal", args, kwargs, "input", "other");
            return PyBool.of(Comparisons.equal(p.tensor("input"), p.tensor("other")));
        }));
        torch.define("empty", new NativeFunction("empty", (args, kwargs) -> {
            Factory f = Factory.of("empty", kwargs);
            return f.finish(Creation.empty(Arguments.shape("empty", args), f.dtype));
        }));
        torch.define("full", new NativeFunction("full", (args, kwargs) -> {
            Factory f = Factory.of("full", kwargs);
            Params p = Params.parse("full", args, f.rest, "size", "fill_value");
            dev.torchlet.engine.Scalar value = p.scalar("fill_value");
            DType dtype = f.dtype != null ? f.dtype : value != null && !value.isFloatingPoint()
                    ? (value.category() == DType.BOOL ? DType.BOOL : DType.INT64) : Torch.getDefaultDtype();
            return f.finish(Torch.full(Arguments.shape("full", List.of(p.required("size"))), value, dtype));
        }));
        torch.define("eye", new NativeFunction("eye", (args, kwargs) -> {
            Factory f = Factory.of("eye", kwargs);
            Params p = Params.parse("eye", args, f.rest, "n", "m");
            long n = p.longValue("n");
            return f.finish(Creation.eye(n, p.has("m") ? p.longValue("m") : n, f.dtype));
        }));
        for (String name : new String[] {"linspace", "logspace"}) {
            torch.define(name, new NativeFunction(name, (args, kwargs) -> {
                Factory f = Factory.of(name, kwargs);
                Params p = name.equals("linspace") ? Params.parse(name, args, f.rest, "start", "end", "steps")
                        : Params.parse(name, args, f.rest, "start", "end", "steps", "base");
                double start = p.number("start", Double.NaN);
                double end = p.number("end", Double.NaN);
                p.required("start");
                p.required("end");
                long steps = p.longValue("steps");
                return f.finish(name.equals("linspace") ? Creation.linspace(start, end, steps, f.dtype)
                        : Creation.logspace(start, end, steps, p.number("base", 10), f.dtype));
            }));
        }
        for (String name : new String[] {"zeros_like", "ones_like", "empty_like", "rand_like", "randn_like", "full_like"}) {
            torch.define(name, new NativeFunction(name, (args, kwargs) -> {
                Factory f = Factory.of(name, kwargs);
                Params p = name.equals("full_like") ? Params.parse(name, args, f.rest, "input", "fill_value")
                        : Params.parse(name, args, f.rest, "input");
                Tensor input = p.tensor("input");
                return f.finish(switch (name) {
                    case "zeros_like" -> Creation.zerosLike(input, f.dtype);
                    case "ones_like" -> Creation.onesLike(input, f.dtype);
                    case "empty_like" -> Creation.emptyLike(input, f.dtype);
                    case "rand_like" -> Creation.randLike(input, f.dtype);
                    case "randn_like" -> Creation.randnLike(input, f.dtype);
                    default -> Creation.fullLike(input, p.scalar("fill_value"), f.dtype);
                });
            }));
        }
    }

    private static List<Tensor> tensors(String function, PyObject value) {
        if (!(value instanceof PySequence seq)) {
            throw PythonException.of("TypeError", function + "(): argument 'tensors' (position 1) must be tuple of Tensors, not "
                    + value.typeName());
        }
        List<Tensor> tensors = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            if (!(seq.items().get(i) instanceof PyTensor t)) {
                throw PythonException.of("TypeError", "expected Tensor as element " + i + " in argument 0, but got "
                        + seq.items().get(i).typeName());
            }
            tensors.add(t.tensor());
        }
        return tensors;
    }

    /** The keywords every factory takes ({@code dtype=}, {@code requires_grad=}), split from its own. */
    private static final class Factory {
        final DType dtype;
        final boolean requiresGrad;
        final Map<String, PyObject> rest;

        private Factory(DType dtype, boolean requiresGrad, Map<String, PyObject> rest) {
            this.dtype = dtype;
            this.requiresGrad = requiresGrad;
            this.rest = rest;
        }

        static Factory of(String function, Map<String, PyObject> kwargs) {
            Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kwargs);
            PyObject dtype = rest.remove("dtype");
            PyObject grad = rest.remove("requires_grad");
            Params typed = Params.parse(function, List.of(), dtype == null ? Map.of() : Map.of("dtype", dtype), "dtype");
            return new Factory(typed.dtype("dtype"), grad != null && grad.isTruthy(), rest);
        }

        PyTensor finish(Tensor t) {
            return new PyTensor(requiresGrad ? t.requiresGrad_(true) : t);
        }
    }
}
