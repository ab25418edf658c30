package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code out=} argument of torch functions ({@code torch.add(x, y, out=result)}): the result is
 * computed as usual, then written into {@code out}, which is returned. PyTorch's rules: the result's
 * dtype must be castable to out's, and out= does not take part in autograd.
 */
final class OutArgument {
    /** The torch functions that take out= (those of them this torch module defines get it). */
    private static final List<String> FUNCTIONS = List.of("add", "sub", "mul", "div", "true_divide", "floor_divide",
            "remainder", "fmod", "pow", "atan2", "maximum", "minimum", "matmul", "mm", "bmm", "mv", "dot", "outer",
            "abs", "neg", "exp", "expm1", "log", "log2", "log10", "log1p", "sqrt", "rsqrt", "sin", "cos", "tan", "asin",
            "acos", "atan", "sinh", "cosh", "tanh", "sigmoid", "floor", "ceil", "round", "trunc", "frac", "sign",
            "reciprocal", "square", "erf", "clamp", "clip", "lerp", "addcmul", "addcdiv", "sum", "mean", "prod", "cumsum", "cumprod", "cat",
            "stack", "where", "gather", "index_select", "masked_select", "arange", "linspace", "logspace", "zeros",
            "ones", "full", "eye", "rand", "randn", "randint", "randperm", "tril", "triu", "eq", "ne", "lt", "le", "gt",
            "ge", "logical_and", "logical_or", "logical_not", "logical_xor");

    private OutArgument() {
    }

    /** Wraps every function of {@link #FUNCTIONS} that {@code torch} defines (call after defining them). */
    static void define(PyModule torch) {
        for (String name : FUNCTIONS) {
            if (torch.has(name)) {
                PyObject function = torch.getAttribute(name);
                torch.define(name, new NativeFunction(name, (args, kwargs) -> call(name, function, args, kwargs)));
            }
        }
    }

    private static PyObject call(String name, PyObject function, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject out = kwargs.get("out");
        if (out == null) {
            return function.call(args, kwargs);
        }
        Map<String, PyObject> rest = new LinkedHashMap<>(kwargs);
        rest.remove("out");
        if (out == PyNone.NONE) {
            return function.call(args, rest);
        }
        if (!(out instanceof PyTensor target)) {
            throw PythonException.of("TypeError", name + "(): argument 'out' must be Tensor, not " + out.typeName());
        }
        PyObject computed = function.call(args, rest);
        if (!(computed instanceof PyTensor resultTensor)) {
            throw PythonException.of("NotImplementedError", name + "(): out= is supported for a single tensor result only");
        }
        write(name, resultTensor.tensor(), target.tensor());
        return target;
    }

    private static void write(String name, Tensor result, Tensor out) {
        if (GradMode.isEnabled() && (result.requiresGrad() || out.requiresGrad())) {
            throw PythonException.of("RuntimeError", name + "(): functions with out=... arguments don't support automatic "
                    + "differentiation, but one of the arguments requires grad.");
        }
        requireCastable(result.dtype(), out.dtype());
        if (!Arrays.equals(result.shape(), out.shape())) {
            // PyTorch resizes out (warning when it had elements); Torchlet's tensors cannot change size in place.
            throw PythonException.of("NotImplementedError", name + "(): out= needs a tensor of the result's shape "
                    + dev.torchlet.engine.format.SizeText.list(result.shape()) + " in Torchlet (got "
                    + dev.torchlet.engine.format.SizeText.list(out.shape()) + "); resizing out is not supported yet");
        }
        out.copyFrom(result.detach());
    }

    /** A result written into a tensor of another dtype (out=, in-place ops): PyTorch's error when it cannot be cast. */
    static void requireCastable(DType result, DType target) {
        if (!canCast(result, target)) {
            throw PythonException.of("RuntimeError", "result type " + ShapeOps.typeName(result)
                    + " can't be cast to the desired output type " + ShapeOps.typeName(target));
        }
    }

    /** PyTorch's canCast: no floating result into an integer tensor, nothing but bool into a bool tensor. */
    private static boolean canCast(DType from, DType to) {
        if (from.isFloatingPoint() && !to.isFloatingPoint()) {
            return false;
        }
        return from == DType.BOOL || to != DType.BOOL;
    }
}
