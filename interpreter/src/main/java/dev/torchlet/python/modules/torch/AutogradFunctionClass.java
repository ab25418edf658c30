package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.autograd.CustomFunction;
import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.autograd.Function}: a Python class subclasses it with static {@code forward(ctx, …)}
 * and {@code backward(ctx, grad_output)} and calls {@code MyOp.apply(…)}. apply runs forward with
 * grad mode off, then records the output in the engine as a {@link CustomFunction} node named
 * {@code MyOpBackward} whose backward calls the Python {@code backward} (a nested run of the VM,
 * so its prints and errors belong to the program). Outputs: one tensor, or a tuple in which at
 * most one tensor is differentiable (others integer or marked non-differentiable; their gradients
 * reach backward as zeros, as PyTorch materialises them).
 */
final class AutogradFunctionClass {
    private static final String MISSING_FORWARD = "You must implement the forward function for custom autograd.Function.";
    private static final String MISSING_BACKWARD = "You must implement either the backward or vjp method for your custom "
            + "autograd.Function to use it with backward mode AD.";

    private AutogradFunctionClass() {
    }

    static PyType create() {
        PyType function = PyType.nativeClass("Function", "torch.autograd.function", null);
        Map<String, PyObject> namespace = function.namespace();
        namespace.put("forward", new StaticDefault("forward", MISSING_FORWARD));
        namespace.put("backward", new StaticDefault("backward", MISSING_BACKWARD));
        namespace.put("apply", new ClassBound());
        return function;
    }

    /** {@code MyOp.apply(*args)}. */
    private static PyObject apply(PyType cls, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) {
            throw PythonException.of("TypeError", "apply() takes no keyword arguments");
        }
        String nodeName = cls.name() + "Backward";
        PyObject forward = method(cls, "forward");
        PyFunctionCtx ctx = new PyFunctionCtx(nodeName, PyFunctionCtx.needsInputGrad(args));
        List<PyObject> forwardArgs = new ArrayList<>(args.size() + 1);
        forwardArgs.add(ctx);
        forwardArgs.addAll(args);
        boolean gradMode = GradMode.isEnabled();
        PyObject output;
        GradMode.setEnabled(false);
        try {
            output = forward.call(forwardArgs, Map.of());
        } finally {
            GradMode.setEnabled(gradMode);
        }
        List<PyObject> outputs = output instanceof PySequence seq && seq.isTuple() ? new ArrayList<>(seq.items()) : null;
        int differentiable = differentiableOutput(ctx, outputs == null ? List.of(output) : outputs);
        if (differentiable < 0) {
            return output;
        }
        Tensor[] arguments = new Tensor[args.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = args.get(i) instanceof PyTensor t ? t.tensor() : null;
        }
        List<PyObject> allOutputs = outputs == null ? List.of(output) : outputs;
        Tensor recorded = CustomFunction.record(((PyTensor) allOutputs.get(differentiable)).tensor(), nodeName, arguments,
                ctx.savedTensors(), ctx, g -> callBackward(cls, ctx, allOutputs, differentiable, g));
        if (recorded.gradFn() != null && recorded.gradFn().customContext() == ctx) {
            ctx.attach(recorded.gradFn());
        }
        if (outputs == null) {
            return new PyTensor(recorded);
        }
        outputs.set(differentiable, new PyTensor(recorded));
        return PySequence.tuple(outputs);
    }

    /**
     * The position of the output that gets the node: the one floating-point tensor not marked
     * non-differentiable; -1 when there is none.
     */
    private static int differentiableOutput(PyFunctionCtx ctx, List<PyObject> outputs) {
        int found = -1;
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i) instanceof PyTensor t && t.tensor().dtype().isFloatingPoint() && !ctx.isNonDifferentiable(t.tensor())) {
                if (found >= 0) {
                    throw PythonException.of("NotImplementedError", "a custom autograd.Function with more than one "
                            + "differentiable output is not supported by Torchlet yet (mark the others with "
                            + "ctx.mark_non_differentiable)");
                }
                found = i;
            }
        }
        return found;
    }

    /** Runs the Python backward with one gradient per output; returns one value per forward argument. */
    private static Tensor[] callBackward(PyType cls, PyFunctionCtx ctx, List<PyObject> outputs, int differentiable, Tensor g) {
        List<PyObject> backwardArgs = new ArrayList<>(outputs.size() + 1);
        backwardArgs.add(ctx);
        for (int i = 0; i < outputs.size(); i++) {
            if (i == differentiable) {
                backwardArgs.add(new PyTensor(g));
            } else if (outputs.get(i) instanceof PyTensor t) {
                backwardArgs.add(new PyTensor(Torch.full(t.tensor().shape(), dev.torchlet.engine.Scalar.of(0L), t.tensor().dtype())));
            } else {
                backwardArgs.add(PyNone.NONE);
            }
        }
        PyObject result = method(cls, "backward").call(backwardArgs, Map.of());
        List<PyObject> values = result instanceof PySequence seq && seq.isTuple() ? seq.items() : List.of(result);
        Tensor[] grads = new Tensor[values.size()];
        for (int i = 0; i < grads.length; i++) {
            PyObject value = values.get(i);
            if (value instanceof PyTensor t) {
                grads[i] = t.tensor();
            } else if (value != PyNone.NONE) {
                throw PythonException.of("TypeError", "expected Tensor or None (got " + value.typeName() + ")");
            }
        }
        return grads;
    }

    /** The class's forward/backward as a plain function (a @staticmethod, or a function without it). */
    private static PyObject method(PyType cls, String name) {
        PyObject found = cls.lookup(name);
        if (found instanceof StaticDefault missing) {
            throw PythonException.of("NotImplementedError", missing.message);
        }
        return found.bindTo(null, cls);
    }

    /** Function's own forward/backward: static methods that say the subclass must define them. */
    private static final class StaticDefault extends PyObject {
        private final String name;
        private final String message;

        StaticDefault(String name, String message) {
            this.name = name;
            this.message = message;
        }

        @Override
        public String typeName() {
            return "staticmethod";
        }

        @Override
        public PyObject bindTo(PyObject instance, PyType owner) {
            return new NativeFunction(name, (args, kwargs) -> {
                throw PythonException.of("NotImplementedError", message);
            });
        }
    }

    /** {@code apply}: bound to the class it is read from (a classmethod), also through an instance. */
    private static final class ClassBound extends PyObject {
        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }

        @Override
        public PyObject bindTo(PyObject instance, PyType owner) {
            PyType cls = owner != null ? owner : instance.type();
            return new NativeFunction("apply", (args, kwargs) -> apply(cls, args, kwargs));
        }
    }
}
