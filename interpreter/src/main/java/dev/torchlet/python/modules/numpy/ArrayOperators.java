package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.BinaryOp;
import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.ElementwiseOps;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;

/**
 * Array arithmetic and comparisons with NumPy's broadcasting and result types: both operands are cast
 * to NumPy's result dtype ({@link NumpyPromotion}) and the engine's kernel computes in it; {@code /}
 * always gives a floating type; comparisons give bool arrays; {@code a op= b} writes into a's memory
 * when NumPy's same-kind rule allows the cast.
 */
final class ArrayOperators {
    private ArrayOperators() {
    }

    /** The other operand as a tensor, with the dtype it brings to promotion; null when it is not array-like. */
    private record Operand(Tensor tensor, PyObject scalar) {
    }

    /** The other operand, or null (NotImplemented) for what is not array-like; a tensor takes over (its reflected operator). */
    private static Operand operand(PyObject other) {
        if (other instanceof PyNdArray a) {
            return new Operand(a.tensor(), null);
        }
        if (other instanceof PyInt || other instanceof PyFloat) {
            return new Operand(null, other);
        }
        if (other instanceof PySequence) {
            return new Operand(ArrayData.fromData(other, null), null);
        }
        return null;
    }

    static DType resultType(Tensor a, Operand b) {
        if (b.scalar != null) {
            return a.dim() == 0 ? NumpyPromotion.arrays(a.dtype(), scalarType(b.scalar)) : NumpyPromotion.withScalar(a.dtype(), b.scalar);
        }
        if (a.dim() == 0 && b.tensor.dim() != 0) {
            return NumpyPromotion.withZeroDim(b.tensor.dtype(), a.dtype());
        }
        if (b.tensor.dim() == 0 && a.dim() != 0) {
            return NumpyPromotion.withZeroDim(a.dtype(), b.tensor.dtype());
        }
        return NumpyPromotion.arrays(a.dtype(), b.tensor.dtype());
    }

    private static DType scalarType(PyObject scalar) {
        return scalar instanceof PyBool ? DType.BOOL : scalar instanceof PyInt ? DType.INT64 : DType.FLOAT64;
    }

    private static Tensor as(Tensor t, DType dtype) {
        return t.dtype() == dtype ? t : t.to(dtype);
    }

    private static Tensor tensorOf(Operand b, DType dtype) {
        if (b.tensor != null) {
            return as(b.tensor, dtype);
        }
        Scalar s = b.scalar instanceof PyBool x ? Scalar.of(x.isTruthy())
                : b.scalar instanceof PyInt i ? Scalar.of(i.value()) : Scalar.of(((PyFloat) b.scalar).value());
        return Torch.full(new long[0], s, dtype);
    }

    /** {@code a op other} (or {@code other op a} when reflected), or null when other is not array-like. */
    static PyObject binary(Tensor a, String op, PyObject other, boolean reflected) {
        Operand b = operand(other);
        if (b == null) {
            return null;
        }
        Tensor result = compute(a, op, b, reflected);
        return result == null ? null : PyNdArray.wrapResult(result);
    }

    private static Tensor compute(Tensor a, String op, Operand b, boolean reflected) {
        DType type = resultType(a, b);
        if (op.equals("/")) {
            type = NumpyPromotion.floating(type);
        }
        if ((op.equals("-")) && type == DType.BOOL) {
            throw PythonException.of("TypeError", "numpy boolean subtract, the `-` operator, is not supported, "
                    + "use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
        }
        Tensor x = as(a, type);
        Tensor y = tensorOf(b, type);
        if (!op.equals("@")) {
            checkBroadcast(x, y);
        }
        if (reflected) {
            Tensor swap = x;
            x = y;
            y = swap;
        }
        if (op.equals("**") && !type.isFloatingPoint() && type != DType.BOOL) {
            for (long i = 0; i < y.numel(); i++) {
                if (y.longAt(i) < 0) {
                    throw PythonException.of("ValueError", "Integers to negative integer powers are not allowed.");
                }
            }
        }
        Tensor out = switch (op) {
            case "+" -> ElementwiseOps.binary(BinaryOp.ADD, x, y);
            case "-" -> ElementwiseOps.binary(BinaryOp.SUB, x, y);
            case "*" -> ElementwiseOps.binary(BinaryOp.MUL, x, y);
            case "/" -> ElementwiseOps.binary(BinaryOp.DIV, x, y);
            case "//" -> ElementwiseOps.binary(BinaryOp.FLOOR_DIVIDE, x, y);
            case "%" -> ElementwiseOps.binary(BinaryOp.REMAINDER, x, y);
            case "**" -> ElementwiseOps.binary(BinaryOp.POW, x, y);
            case "@" -> matmul(x, y);
            case "&" -> bitwise(Comparisons.Logical.AND, x, y);
            case "|" -> bitwise(Comparisons.Logical.OR, x, y);
            case "^" -> bitwise(Comparisons.Logical.XOR, x, y);
            default -> null;
        };
        if (out != null && out.dtype() != type && !op.equals("@")) {
            out = out.to(type);
        }
        return out;
    }

    private static Tensor bitwise(Comparisons.Logical op, Tensor x, Tensor y) {
        if (x.dtype().isFloatingPoint()) {
            throw PythonException.of("TypeError", "ufunc 'bitwise_" + op.pytorchName()
                    + "' not supported for the input types, and the inputs could not be safely coerced to any supported types "
                    + "according to the casting rule ''safe''");
        }
        return Comparisons.bitwise(op, x, y);
    }

    /** NumPy's error for shapes that do not broadcast: {@code operands could not be broadcast together with shapes (3,) (2,) }. */
    static void checkBroadcast(Tensor x, Tensor y) {
        long[] p = x.shape();
        long[] q = y.shape();
        for (int i = 1; i <= Math.min(p.length, q.length); i++) {
            long m = p[p.length - i];
            long n = q[q.length - i];
            if (m != n && m != 1 && n != 1) {
                throw PythonException.of("ValueError", "operands could not be broadcast together with shapes "
                        + shapeText(p) + " " + shapeText(q) + " ");
            }
        }
    }

    static String shapeText(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? "," : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static Tensor matmul(Tensor x, Tensor y) {
        if (x.dim() == 0 || y.dim() == 0) {
            throw PythonException.of("ValueError", "matmul: Input operand " + (x.dim() == 0 ? 0 : 1)
                    + " does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
        }
        long k1 = x.shape()[x.dim() - 1];
        long k2 = y.dim() == 1 ? y.shape()[0] : y.shape()[y.dim() - 2];
        if (k1 != k2) {
            throw PythonException.of("ValueError", "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                    + "signature (n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k1 + ")");
        }
        return x.matmul(y);
    }

    /** {@code == != < <= > >=}: a bool array. */
    static PyObject compare(Tensor a, String op, PyObject other) {
        Operand b = operand(other);
        if (b == null) {
            return op.equals("==") ? PyBool.FALSE : op.equals("!=") ? PyBool.TRUE : null;
        }
        DType type = resultType(a, b);
        Tensor x = as(a, type);
        Tensor y = tensorOf(b, type);
        checkBroadcast(x, y);
        Comparisons.Comparison c = switch (op) {
            case "==" -> Comparisons.Comparison.EQ;
            case "!=" -> Comparisons.Comparison.NE;
            case "<" -> Comparisons.Comparison.LT;
            case "<=" -> Comparisons.Comparison.LE;
            case ">" -> Comparisons.Comparison.GT;
            default -> Comparisons.Comparison.GE;
        };
        return PyNdArray.wrapResult(Comparisons.compare(c, x, y));
    }

    /** {@code a op= other}: computed, then cast back into a's own memory under NumPy's same-kind rule. */
    static PyObject inplace(PyNdArray self, String op, PyObject other) {
        Operand b = operand(other);
        if (b == null) {
            return null;
        }
        Tensor a = self.tensor();
        Tensor result = compute(a, op, b, false);
        if (result == null) {
            return null;
        }
        if (NumpyPromotion.kind(result.dtype()) > NumpyPromotion.kind(a.dtype())) {
            throw PythonException.of("TypeError", "Cannot cast ufunc '" + ufuncName(op)
                    + "' output from dtype('" + NumpyDType.name(result.dtype()) + "') to dtype('" + NumpyDType.name(a.dtype())
                    + "') with casting rule 'same_kind'");
        }
        NumpyTorchBridge.write(a, result);
        return self;
    }

    private static String ufuncName(String op) {
        return switch (op) {
            case "+" -> "add";
            case "-" -> "subtract";
            case "*" -> "multiply";
            case "/" -> "divide";
            case "//" -> "floor_divide";
            case "%" -> "remainder";
            case "**" -> "power";
            default -> op;
        };
    }
}
