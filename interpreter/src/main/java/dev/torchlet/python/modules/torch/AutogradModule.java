package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.Backward;
import dev.torchlet.engine.autograd.GradCheck;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code torch.autograd}: {@code grad} and {@code gradcheck}, bound to the engine's autograd. */
final class AutogradModule {
    private AutogradModule() {
    }

    static PyModule create() {
        PyModule autograd = new PyModule("torch.autograd");
        autograd.define("grad", new NativeFunction("grad", AutogradModule::grad));
        autograd.define("gradcheck", new NativeFunction("gradcheck", AutogradModule::gradcheck));
        autograd.define("Function", AutogradFunctionClass.create());
        return autograd;
    }

    /** {@code grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, allow_unused=False)}. */
    private static PyObject grad(List<PyObject> args, Map<String, PyObject> kwargs) {
        String[] names = {"outputs", "inputs", "grad_outputs", "retain_graph", "create_graph", "allow_unused"};
        NativeFunction.rejectUnknownKeywords("grad", kwargs, names);
        PyObject[] values = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = i < args.size() ? args.get(i) : kwargs.getOrDefault(names[i], PyNone.NONE);
        }
        if (values[0] == PyNone.NONE || values[1] == PyNone.NONE) {
            throw PythonException.of("TypeError", "grad() missing required argument '" + (values[0] == PyNone.NONE ? "outputs" : "inputs") + "'");
        }
        Tensor[] outputs = tensors(values[0], "outputs");
        Tensor[] inputs = tensors(values[1], "inputs");
        Tensor[] gradOutputs = null;
        if (values[2] != PyNone.NONE) {
            List<PyObject> items = values[2] instanceof PySequence seq ? seq.items() : List.of(values[2]);
            gradOutputs = new Tensor[items.size()];
            for (int i = 0; i < items.size(); i++) {
                gradOutputs[i] = items.get(i) instanceof PyTensor t ? t.tensor() : null;
            }
            if (gradOutputs.length != outputs.length) {
                throw PythonException.of("RuntimeError", "grad requires one gradient for each output: got "
                        + gradOutputs.length + " gradients and " + outputs.length + " outputs");
            }
        }
        boolean create = values[4].isTruthy();
        boolean retain = values[3] == PyNone.NONE ? create : values[3].isTruthy();
        Tensor[] grads = Backward.grad(outputs, inputs, gradOutputs, retain, create, values[5].isTruthy());
        List<PyObject> result = new ArrayList<>();
        for (Tensor g : grads) {
            result.add(g == null ? PyNone.NONE : new PyTensor(g));
        }
        return PySequence.tuple(result);
    }

    /** {@code gradcheck(func, inputs, eps=1e-6, atol=1e-5, rtol=1e-3)}: True, or PyTorch's GradcheckError text as a RuntimeError. */
    private static PyObject gradcheck(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("gradcheck", kwargs, "func", "inputs", "eps", "atol", "rtol", "raise_exception");
        PyObject function = args.size() > 0 ? args.get(0) : kwargs.get("func");
        PyObject inputArg = args.size() > 1 ? args.get(1) : kwargs.get("inputs");
        if (function == null || inputArg == null) {
            throw PythonException.of("TypeError", "gradcheck() missing required arguments 'func' and 'inputs'");
        }
        Tensor[] inputs = tensors(inputArg, "inputs");
        double eps = number(kwargs.get("eps"), 1e-6);
        double atol = number(kwargs.get("atol"), 1e-5);
        double rtol = number(kwargs.get("rtol"), 1e-3);
        GradCheck.Result result = GradCheck.check(xs -> {
            List<PyObject> pyArgs = new ArrayList<>();
            for (Tensor x : xs) {
                pyArgs.add(new PyTensor(x));
            }
            PyObject out = function.call(pyArgs, Map.of());
            if (!(out instanceof PyTensor t)) {
                throw PythonException.of("TypeError", "gradcheck: the function must return a Tensor");
            }
            return t.tensor();
        }, inputs, eps, atol, rtol);
        if (!result.passed() && kwargs.getOrDefault("raise_exception", PyBool.TRUE).isTruthy()) {
            throw PythonException.of("RuntimeError", result.message());
        }
        return PyBool.of(result.passed());
    }

    private static double number(PyObject value, double otherwise) {
        if (value == null) {
            return otherwise;
        }
        dev.torchlet.engine.Scalar s = Arguments.scalarOrNull(value);
        if (s == null) {
            throw PythonException.of("TypeError", "gradcheck(): tolerances must be numbers");
        }
        return s.doubleValue();
    }

    private static Tensor[] tensors(PyObject value, String what) {
        List<PyObject> items = value instanceof PySequence seq ? seq.items() : List.of(value);
        Tensor[] result = new Tensor[items.size()];
        for (int i = 0; i < result.length; i++) {
            if (!(items.get(i) instanceof PyTensor t)) {
                throw PythonException.of("TypeError", "grad(): argument '" + what + "' must be a Tensor or a sequence of Tensors");
            }
            result[i] = t.tensor();
        }
        return result;
    }
}
