package dev.torchlet.engine.optim;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.format.FloatText;
import java.util.List;

/** How Python's {@code str()} shows an option value, for optimizer reprs and error messages. */
final class PythonText {
    private PythonText() {
    }

    static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return FloatText.repr(d);
        }
        if (value instanceof List<?> tuple) {
            StringBuilder text = new StringBuilder("(");
            for (int i = 0; i < tuple.size(); i++) {
                text.append(i > 0 ? ", " : "").append(str(tuple.get(i)));
            }
            return text.append(tuple.size() == 1 ? ",)" : ")").toString();
        }
        return String.valueOf(value);
    }

    static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof Integer) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof Tensor) {
            return "Tensor";
        }
        return value instanceof List<?> ? "tuple" : "object"; // getSimpleName is not reliable under TeaVM
    }
}
