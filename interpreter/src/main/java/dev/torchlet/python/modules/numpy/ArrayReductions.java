package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Extrema;
import dev.torchlet.engine.Statistics;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * {@code sum mean max min argmax argmin std var prod any all} over the whole array or one
 * {@code axis}, with {@code keepdims}; NumPy's result types (integer sums in int64, integer means
 * and variances in float64, {@code ddof=0}); a whole-array result is a scalar.
 */
final class ArrayReductions {
    static final String[] NAMES = {"sum", "mean", "max", "min", "argmax", "argmin", "std", "var", "prod", "any", "all"};

    private ArrayReductions() {
    }

    static PyObject reduce(String name, Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        boolean arg = name.startsWith("arg");
        NumpyArguments a = arg ? NumpyArguments.bind(name, args, kwargs, "axis", "out", "keepdims")
                : name.equals("std") || name.equals("var")
                ? NumpyArguments.bind(name, args, kwargs, "axis", "dtype", "out", "ddof", "keepdims")
                : NumpyArguments.bind(name, args, kwargs, "axis", "dtype", "out", "keepdims");
        if (a.given("out")) {
            throw PythonException.of("NotImplementedError", "numpy " + name + "(out=...) is not supported by Torchlet");
        }
        if (!arg && a.given("dtype")) {
            t = t.to(NumpyDType.parse(a.get("dtype", PyNone.NONE), t.dtype()));
        }
        boolean keep = a.get("keepdims", PyBool.FALSE).isTruthy();
        long ddof = (name.equals("std") || name.equals("var")) && a.given("ddof") ? dev.torchlet.python.runtime.Conversions.index(a.get("ddof", PyNone.NONE)) : 0;
        PyObject axisArg = a.get("axis", PyNone.NONE);
        if (!arg && axisArg instanceof dev.torchlet.python.runtime.PySequence seq && seq.isTuple()) {
            return overAxes(name, t, seq.items(), keep, ddof);
        }
        Integer axis = null;
        if (axisArg != PyNone.NONE) {
            if (!(axisArg instanceof PyInt i)) {
                throw PythonException.of("NotImplementedError", "numpy " + name + "(axis=" + axisArg.repr()
                        + ") is not supported by Torchlet: pass one int axis");
            }
            long v = i.value();
            if (v < -t.dim() || v >= t.dim()) {
                throw PythonException.of("IndexError", "axis " + v + " is out of bounds for array of dimension " + t.dim());
            }
            axis = (int) (v < 0 ? v + t.dim() : v);
        }
        if ((name.equals("max") || name.equals("min") || arg) && t.numel() == 0) {
            throw PythonException.of("ValueError", "zero-size array to reduction operation " + (name.contains("max") ? "maximum" : "minimum")
                    + " which has no identity");
        }
        Tensor result = compute(name, t, axis, keep, ddof);
        if (axis == null && keep && !arg) {
            long[] ones = new long[t.dim()];
            java.util.Arrays.fill(ones, 1);
            result = result.reshape(ones);
        }
        return PyNdArray.wrapResult(result);
    }

    /**
     * A reduction over several axes: the kept axes first, the reduced ones flattened into one last axis
     * (for a contiguous array reduced over its trailing axes that is NumPy's own order), then reduced.
     */
    private static PyObject overAxes(String name, Tensor t, java.util.List<PyObject> axes, boolean keep, long ddof) {
        boolean[] reduced = new boolean[t.dim()];
        for (PyObject item : axes) {
            long v = dev.torchlet.python.runtime.Conversions.index(item);
            if (v < -t.dim() || v >= t.dim()) {
                throw PythonException.of("IndexError", "axis " + v + " is out of bounds for array of dimension " + t.dim());
            }
            int d = (int) (v < 0 ? v + t.dim() : v);
            if (reduced[d]) {
                throw PythonException.of("ValueError", "duplicate value in 'axis'");
            }
            reduced[d] = true;
        }
        int[] order = new int[t.dim()];
        java.util.List<Long> keptShape = new java.util.ArrayList<>();
        long block = 1;
        int at = 0;
        for (int d = 0; d < t.dim(); d++) {
            if (!reduced[d]) {
                order[at++] = d;
                keptShape.add(t.shape()[d]);
            }
        }
        for (int d = 0; d < t.dim(); d++) {
            if (reduced[d]) {
                order[at++] = d;
                block *= t.shape()[d];
            }
        }
        long[] flatShape = new long[keptShape.size() + 1];
        for (int i = 0; i < keptShape.size(); i++) {
            flatShape[i] = keptShape.get(i);
        }
        flatShape[keptShape.size()] = block;
        Tensor flat = (t.dim() < 2 ? t : dev.torchlet.engine.ShapeOps.permute(t, order)).contiguous().reshape(flatShape);
        if (name.equals("max") || name.equals("min")) {
            if (t.numel() == 0) {
                throw PythonException.of("ValueError", "zero-size array to reduction operation " + (name.equals("max") ? "maximum" : "minimum")
                        + " which has no identity");
            }
        }
        Tensor result = compute(name, flat, keptShape.size(), false, ddof);
        if (keep) {
            long[] kept = t.shape().clone();
            for (int d = 0; d < kept.length; d++) {
                if (reduced[d]) {
                    kept[d] = 1;
                }
            }
            result = result.reshape(kept);
        }
        return PyNdArray.wrapResult(result);
    }

    private static long count(Tensor t, Integer axis) {
        return axis == null ? t.numel() : t.shape()[axis];
    }

    /** NumPy's {@code _mean}: the sum divided by the count, in the array's floating type. */
    private static Tensor mean(Tensor f, Integer axis, boolean keep) {
        Tensor sum = PairwiseSum.sum(f, axis, keep);
        return sum.div(dev.torchlet.engine.Torch.full(new long[0], dev.torchlet.engine.Scalar.of((double) count(f, axis)), f.dtype()));
    }

    /** NumPy's {@code _var}: mean of squared deviations from the (kept-dims) mean, over count - ddof. */
    private static Tensor variance(Tensor f, Integer axis, boolean keep, long ddof) {
        Tensor mean = mean(f, axis, true);
        Tensor deviation = f.sub(axis == null ? mean.reshape() : mean);
        Tensor squares = PairwiseSum.sum(deviation.mul(deviation), axis, keep);
        double divisor = Math.max(count(f, axis) - ddof, 0);
        return squares.div(dev.torchlet.engine.Torch.full(new long[0], dev.torchlet.engine.Scalar.of(divisor), f.dtype()));
    }

    private static Tensor compute(String name, Tensor t, Integer axis, boolean keep, long ddof) {
        Tensor f = t.dtype().isFloatingPoint() ? t : t.to(DType.FLOAT64);
        return switch (name) {
            case "sum" -> t.dtype().isFloatingPoint() ? PairwiseSum.sum(t, axis, keep)
                    : (axis == null ? t.to(DType.INT64).sum() : t.to(DType.INT64).sum(axis, keep));
            case "mean" -> mean(f, axis, keep);
            case "max" -> axis == null ? Extrema.max(t) : Extrema.max(t, axis, keep).values();
            case "min" -> axis == null ? Extrema.min(t) : Extrema.min(t, axis, keep).values();
            case "argmax" -> Extrema.argmax(t, axis, keep);
            case "argmin" -> Extrema.argmin(t, axis, keep);
            case "std" -> variance(f, axis, keep, ddof).unary(dev.torchlet.engine.UnaryOp.SQRT);
            case "var" -> variance(f, axis, keep, ddof);
            case "prod" -> Statistics.prod(t.dtype().isFloatingPoint() ? t : t.to(DType.INT64), axis, keep);
            case "any" -> Statistics.any(t, axis, keep);
            default -> Statistics.all(t, axis, keep);
        };
    }
}
