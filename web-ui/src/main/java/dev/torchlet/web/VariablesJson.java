package dev.torchlet.web;

import dev.torchlet.engine.Tensor;
import dev.torchlet.python.modules.torch.TensorInspection;
import dev.torchlet.python.runtime.JsonText;
import dev.torchlet.python.runtime.PyObject;
import java.util.Map;

/**
 * The variables panel's data: each visible variable's repr, and for tensors the attributes a
 * learner inspects (shape, dtype, device, requires_grad, grad, grad_fn).
 */
final class VariablesJson {
    /** Longer reprs are cut: the panel summarises, the learner can print the rest. */
    private static final int MAX_REPR = 400;

    private VariablesJson() {
    }

    static String of(Map<String, PyObject> variables) {
        StringBuilder sb = new StringBuilder("[");
        boolean first = true;
        for (Map.Entry<String, PyObject> entry : variables.entrySet()) {
            String name = entry.getKey();
            PyObject value = entry.getValue();
            if (name.startsWith("__") || value == null || isModuleOrCallable(value)) {
                continue;
            }
            sb.append(first ? "" : ",");
            first = false;
            sb.append("{\"name\":").append(JsonText.string(name))
                    .append(",\"type\":").append(JsonText.string(value.typeName()))
                    .append(",\"repr\":").append(JsonText.string(cut(safeRepr(value))));
            Tensor tensor = TensorInspection.tensorOf(value);
            if (tensor != null) {
                sb.append(",\"tensor\":").append(tensorJson(tensor));
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    private static String tensorJson(Tensor t) {
        Tensor grad = t.grad();
        return "{\"id\":" + t.id()
                + ",\"shape\":" + JsonText.longs(t.shape())
                + ",\"dtype\":" + JsonText.string(t.dtype().repr())
                + ",\"device\":" + JsonText.string(t.deviceSuffix() == null ? "cpu" : t.deviceSuffix())
                + ",\"requiresGrad\":" + t.requiresGrad()
                + ",\"isLeaf\":" + t.isLeaf()
                + ",\"gradFn\":" + JsonText.string(t.gradFnName())
                + ",\"gradFnId\":" + (t.gradFn() == null ? 0 : t.gradFn().id())
                + ",\"grad\":" + JsonText.string(grad == null ? null : cut(grad.toString()))
                + "}";
    }

    private static boolean isModuleOrCallable(PyObject value) {
        String type = value.typeName();
        return type.equals("module") || type.equals("function") || type.equals("builtin_function_or_method")
                || type.equals("type");
    }

    private static String safeRepr(PyObject value) {
        try {
            return value.repr();
        } catch (RuntimeException e) {
            // A user class whose __repr__ fails must not break the panel.
            return "<" + value.typeName() + ">";
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_REPR ? text : text.substring(0, MAX_REPR) + "…";
    }
}
