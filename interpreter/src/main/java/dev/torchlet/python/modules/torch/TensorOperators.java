package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.BinaryOp;
import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.Comparisons.Comparison;
import dev.torchlet.engine.Comparisons.Logical;
import dev.torchlet.engine.ElementwiseOps;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.PyObject;

/** Python operators on tensors beyond arithmetic: comparisons, {@code // %}, and {@code & | ^ ~}. */
final class TensorOperators {
    private TensorOperators() {
    }

    static boolean handles(String op) {
        return switch (op) {
            case "//", "%", "&", "|", "^" -> true;
            default -> false;
        };
    }

    /** {@code t op other}, or {@code other op t} when {@code reflected}; null when other is not a tensor or number. */
    static PyObject binary(Tensor t, String op, PyObject other, boolean reflected) {
        if (other instanceof PyTensor o) {
            Tensor left = reflected ? o.tensor() : t;
            Tensor right = reflected ? t : o.tensor();
            return new PyTensor(switch (op) {
                case "//" -> ElementwiseOps.binary(BinaryOp.FLOOR_DIVIDE, left, right);
                case "%" -> ElementwiseOps.binary(BinaryOp.REMAINDER, left, right);
                default -> Comparisons.bitwise(logical(op), left, right);
            });
        }
        Scalar s = Arguments.scalarOrNull(other);
        if (s == null) {
            return null;
        }
        return new PyTensor(switch (op) {
            case "//" -> reflected ? ElementwiseOps.reflected(BinaryOp.FLOOR_DIVIDE, s, t) : ElementwiseOps.binary(BinaryOp.FLOOR_DIVIDE, t, s);
            case "%" -> reflected ? ElementwiseOps.reflected(BinaryOp.REMAINDER, s, t) : ElementwiseOps.binary(BinaryOp.REMAINDER, t, s);
            // & | ^ are symmetric, so the reflected form is the same call.
            default -> Comparisons.bitwise(logical(op), t, s);
        });
    }

    private static Logical logical(String op) {
        return switch (op) {
            case "&" -> Logical.AND;
            case "|" -> Logical.OR;
            default -> Logical.XOR;
        };
    }

    /** {@code == != < <= > >=} with a tensor or a number: a bool tensor; null (NotImplemented) otherwise. */
    static PyObject compare(Tensor t, String op, PyObject other) {
        Comparison c = switch (op) {
            case "==" -> Comparison.EQ;
            case "!=" -> Comparison.NE;
            case "<" -> Comparison.LT;
            case "<=" -> Comparison.LE;
            case ">" -> Comparison.GT;
            case ">=" -> Comparison.GE;
            default -> null;
        };
        if (c == null) {
            return null;
        }
        if (other instanceof PyTensor o) {
            return new PyTensor(Comparisons.compare(c, t, o.tensor()));
        }
        Scalar s = Arguments.scalarOrNull(other);
        return s == null ? null : new PyTensor(Comparisons.compare(c, t, s));
    }

    /** {@code ~t}. */
    static PyObject invert(Tensor t) {
        return new PyTensor(Comparisons.bitwiseNot(t));
    }
}
