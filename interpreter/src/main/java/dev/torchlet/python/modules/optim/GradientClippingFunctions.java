package dev.torchlet.python.modules.optim;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.optim.GradientClipping;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False)} and
 * {@code clip_grad_value_(parameters, clip_value)}, for {@code torch.nn.utils} to define.
 */
public final class GradientClippingFunctions {
    private GradientClippingFunctions() {
    }

    public static NativeFunction clipGradNorm() {
        Signature signature = new Signature("clip_grad_norm_", 2, 4, "parameters", "max_norm", "norm_type", "error_if_nonfinite");
        return new NativeFunction("clip_grad_norm_", (args, kwargs) -> {
            Map<String, PyObject> a = signature.bind(args, kwargs);
            return new PyTensor(GradientClipping.clipGradNorm(tensors(a.get("parameters")), number(a.get("max_norm"), "max_norm"),
                    a.containsKey("norm_type") ? number(a.get("norm_type"), "norm_type") : 2.0,
                    a.containsKey("error_if_nonfinite") && a.get("error_if_nonfinite").isTruthy()));
        });
    }

    public static NativeFunction clipGradValue() {
        Signature signature = new Signature("clip_grad_value_", 2, 2, "parameters", "clip_value");
        return new NativeFunction("clip_grad_value_", (args, kwargs) -> {
            Map<String, PyObject> a = signature.bind(args, kwargs);
            GradientClipping.clipGradValue(tensors(a.get("parameters")), number(a.get("clip_value"), "clip_value"));
            return PyNone.NONE;
        });
    }

    /** A tensor or an iterable of tensors (a generator such as {@code model.parameters()} too). */
    private static List<Tensor> tensors(PyObject parameters) {
        List<Tensor> list = new ArrayList<>();
        if (parameters instanceof PyTensor t) {
            list.add(t.tensor());
            return list;
        }
        PyIterator it = parameters.iterate();
        while (it.hasNext()) {
            PyObject p = it.next();
            if (!(p instanceof PyTensor t)) {
                throw PythonException.of("AttributeError", "'" + p.typeName() + "' object has no attribute 'grad'");
            }
            list.add(t.tensor());
        }
        return list;
    }

    /** {@code float(value)}, with its inf/nan spellings (norm_type='inf' or float('inf')). */
    private static double number(PyObject value, String name) {
        Object java = OptionValues.toJava(value);
        if (java instanceof Number n) {
            return n.doubleValue();
        }
        if (java instanceof String s && (s.equals("inf") || s.equals("-inf"))) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw PythonException.of("TypeError", name + " must be a number, not " + value.typeName());
    }
}
