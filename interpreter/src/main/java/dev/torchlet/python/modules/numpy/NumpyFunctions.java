package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.Creation;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.Joins;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/** The {@code numpy.*} functions over arrays: creation, ufuncs, reductions, products and joins. */
final class NumpyFunctions {
    private NumpyFunctions() {
    }

    static void define(PyModule m) {
        def(m, "array", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("array", args, kwargs, "object", "dtype", "copy");
            return new PyNdArray(ArrayData.fromData(a.get("object", PyNone.NONE), dtypeOrNull(a)));
        });
        def(m, "asarray", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("asarray", args, kwargs, "a", "dtype");
            PyObject data = a.get("a", PyNone.NONE);
            DType dtype = dtypeOrNull(a);
            if (data instanceof PyNdArray arr && (dtype == null || dtype == arr.tensor().dtype())) {
                return arr;
            }
            return new PyNdArray(ArrayData.fromData(data, dtype));
        });
        for (String name : new String[] {"zeros", "ones", "empty"}) {
            def(m, name, (args, kwargs) -> {
                NumpyArguments a = NumpyArguments.bind(name, args, kwargs, "shape", "dtype");
                return new PyNdArray(Torch.full(NumpyShapes.shape(name, a.get("shape", PyNone.NONE)),
                        Scalar.of(name.equals("ones") ? 1L : 0L), NumpyDType.parse(a.get("dtype", PyNone.NONE), DType.FLOAT64)));
            });
        }
        def(m, "full", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("full", args, kwargs, "shape", "fill_value", "dtype");
            Tensor value = ArrayData.fromData(a.get("fill_value", PyNone.NONE), dtypeOrNull(a));
            Tensor out = Torch.full(NumpyShapes.shape("full", a.get("shape", PyNone.NONE)), Scalar.of(0L), value.dtype());
            out.assignInPlace(value);
            return new PyNdArray(out);
        });
        for (String name : new String[] {"zeros_like", "ones_like", "empty_like"}) {
            def(m, name, (args, kwargs) -> {
                NumpyArguments a = NumpyArguments.bind(name, args, kwargs, "a", "dtype");
                Tensor like = array(a.get("a", PyNone.NONE));
                DType dtype = NumpyDType.parse(a.get("dtype", PyNone.NONE), like.dtype());
                return new PyNdArray(name.startsWith("ones") ? Creation.onesLike(like, dtype) : Creation.zerosLike(like, dtype));
            });
        }
        def(m, "arange", NumpyFunctions::arange);
        def(m, "linspace", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("linspace", args, kwargs, "start", "stop", "num", "endpoint", "dtype");
            double start = number(a.get("start", PyNone.NONE));
            double stop = number(a.get("stop", PyNone.NONE));
            long num = a.given("num") ? dev.torchlet.python.runtime.Conversions.index(a.get("num", PyNone.NONE)) : 50;
            if (num < 0) {
                throw PythonException.of("ValueError", "Number of samples, " + num + ", must be non-negative.");
            }
            boolean endpoint = a.get("endpoint", PyBool.TRUE).isTruthy();
            double div = endpoint ? num - 1 : num;
            double delta = stop - start;
            double step = delta / div;
            double[] values = new double[RandomArrays.count(new long[] {num})];
            for (int i = 0; i < num; i++) {
                values[i] = (step == 0 ? i / div * delta : i * step) + start;
            }
            if (endpoint && num > 1) {
                values[(int) num - 1] = stop;
            }
            DType dtype = NumpyDType.parse(a.get("dtype", PyNone.NONE), DType.FLOAT64);
            return new PyNdArray(TensorValues.create(values, new long[] {num}, DType.FLOAT64).to(dtype));
        });
        def(m, "eye", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("eye", args, kwargs, "N", "M", "k", "dtype");
            long n = dev.torchlet.python.runtime.Conversions.index(a.get("N", PyNone.NONE));
            long cols = a.given("M") ? dev.torchlet.python.runtime.Conversions.index(a.get("M", PyNone.NONE)) : n;
            if (a.given("k") && dev.torchlet.python.runtime.Conversions.index(a.get("k", PyNone.NONE)) != 0) {
                throw PythonException.of("NotImplementedError", "numpy.eye(k=...) is not supported by Torchlet");
            }
            return new PyNdArray(Creation.eye(n, cols, NumpyDType.parse(a.get("dtype", PyNone.NONE), DType.FLOAT64)));
        });
        for (String name : new String[] {"exp", "log", "sqrt", "sin", "cos", "tan", "tanh", "floor", "ceil"}) {
            UnaryOp op = UnaryOp.valueOf(name.toUpperCase());
            def(m, name, (args, kwargs) -> {
                Tensor t = array(NumpyArguments.bind(name, args, kwargs, "x").get("x", PyNone.NONE));
                return PyNdArray.wrapResult(t.to(NumpyPromotion.floating(t.dtype())).unary(op));
            });
        }
        for (String name : new String[] {"abs", "absolute"}) {
            def(m, name, (args, kwargs) -> PyNdArray.wrapResult(array(NumpyArguments.bind(name, args, kwargs, "x")
                    .get("x", PyNone.NONE)).unary(UnaryOp.ABS)));
        }
        def(m, "square", (args, kwargs) -> binary("*", one(args, kwargs, "square"), one(args, kwargs, "square")));
        String[][] binaries = {{"add", "+"}, {"subtract", "-"}, {"multiply", "*"}, {"divide", "/"}, {"true_divide", "/"},
            {"floor_divide", "//"}, {"power", "**"}, {"mod", "%"}, {"remainder", "%"}, {"matmul", "@"}};
        for (String[] b : binaries) {
            def(m, b[0], (args, kwargs) -> {
                NumpyArguments a = NumpyArguments.bind(b[0], args, kwargs, "x1", "x2");
                return binary(b[1], a.get("x1", PyNone.NONE), a.get("x2", PyNone.NONE));
            });
        }
        for (String name : new String[] {"maximum", "minimum"}) {
            def(m, name, (args, kwargs) -> {
                NumpyArguments a = NumpyArguments.bind(name, args, kwargs, "x1", "x2");
                return extremum(name, a.get("x1", PyNone.NONE), a.get("x2", PyNone.NONE));
            });
        }
        for (String name : ArrayReductions.NAMES) {
            def(m, name, (args, kwargs) -> {
                if (args.isEmpty()) {
                    throw PythonException.of("TypeError", name + "() missing 1 required positional argument: 'a'");
                }
                return ArrayReductions.reduce(name, asArray(args.get(0)).tensor(), args.subList(1, args.size()), kwargs);
            });
        }
        def(m, "dot", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("dot", args, kwargs, "a", "b");
            return dot(a.get("a", PyNone.NONE), a.get("b", PyNone.NONE));
        });
        def(m, "where", (args, kwargs) -> {
            if (args.size() != 3) {
                throw PythonException.of("NotImplementedError", "numpy.where(condition) without x and y is not supported by Torchlet");
            }
            Tensor condition = array(args.get(0));
            PyNdArray x = asArray(args.get(1));
            PyNdArray y = asArray(args.get(2));
            DType type = NumpyPromotion.arrays(x.tensor().dtype(), y.tensor().dtype());
            if (args.get(1) instanceof PyInt || args.get(1) instanceof PyFloat) {
                type = NumpyPromotion.withScalar(y.tensor().dtype(), args.get(1));
            }
            if (args.get(2) instanceof PyInt || args.get(2) instanceof PyFloat) {
                type = args.get(1) instanceof PyNdArray ? NumpyPromotion.withScalar(x.tensor().dtype(), args.get(2)) : type;
            }
            return PyNdArray.wrapResult(Torch.where(condition.to(DType.BOOL), x.tensor().to(type), y.tensor().to(type)));
        });
        for (String name : new String[] {"concatenate", "stack"}) {
            def(m, name, (args, kwargs) -> {
                NumpyArguments a = NumpyArguments.bind(name, args, kwargs, "arrays", "axis");
                List<Tensor> parts = new ArrayList<>();
                DType type = null;
                dev.torchlet.python.runtime.PyIterator items = a.get("arrays", PyNone.NONE).iterate();
                while (items.hasNext()) {
                    Tensor t = asArray(items.next()).tensor();
                    parts.add(t);
                    type = type == null ? t.dtype() : NumpyPromotion.arrays(type, t.dtype());
                }
                if (parts.isEmpty()) {
                    throw PythonException.of("ValueError", "need at least one array to " + (name.equals("stack") ? "stack" : "concatenate"));
                }
                for (int i = 0; i < parts.size(); i++) {
                    parts.set(i, parts.get(i).to(type));
                }
                int axis = (int) dev.torchlet.python.runtime.Conversions.index(a.get("axis", PyInt.of(0)));
                return new PyNdArray(name.equals("stack") ? Joins.stack(parts, axis) : Joins.cat(parts, axis));
            });
        }
        def(m, "reshape", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("reshape", args, kwargs, "a", "newshape");
            Tensor t = asArray(a.get("a", PyNone.NONE)).tensor();
            return new PyNdArray(t.reshape(NumpyShapes.checkedReshape(t.numel(), NumpyShapes.shape("reshape", a.get("newshape", PyNone.NONE)))));
        });
        ArrayTransforms.define(m);
        ArrayCloseness.define(m);
        ArrayOrdering.define(m);
        NumpyPrintOptions.define(m);
        def(m, "transpose", (args, kwargs) -> asArray(one(args, kwargs, "transpose")).getAttribute("T"));
        def(m, "shape", (args, kwargs) -> ArrayMethods.shapeTuple(asArray(one(args, kwargs, "shape")).tensor().shape()));
    }

    private static void def(PyModule m, String name, NativeFunction.Body body) {
        m.define(name, new NativeFunction(name, body));
    }

    private static PyObject one(List<PyObject> args, java.util.Map<String, PyObject> kwargs, String name) {
        return NumpyArguments.bind(name, args, kwargs, "a").get("a", PyNone.NONE);
    }

    private static DType dtypeOrNull(NumpyArguments a) {
        return NumpyDType.parse(a.get("dtype", PyNone.NONE), null);
    }

    private static double number(PyObject value) {
        return dev.torchlet.python.runtime.Conversions.toDouble(value);
    }

    /** An array argument (arrays as they are; numbers and lists converted). */
    static PyNdArray asArray(PyObject value) {
        return value instanceof PyNdArray a ? a : new PyNdArray(ArrayData.fromData(value, null));
    }

    private static Tensor array(PyObject value) {
        return asArray(value).tensor();
    }

    /** {@code x op y} as NumPy's function form, with Python numbers on either side. */
    private static PyObject binary(String op, PyObject x, PyObject y) {
        if (x instanceof PyNdArray a) {
            PyObject r = a.binaryOp(op, y);
            if (r != null) {
                return r;
            }
        }
        if (y instanceof PyNdArray b && !(x instanceof PyNdArray)) {
            PyObject r = b.reflectedBinaryOp(op, x);
            if (r != null) {
                return r;
            }
        }
        return asArray(x).binaryOp(op, y instanceof PyNdArray ? y : asArray(y));
    }

    /** {@code np.maximum}/{@code np.minimum}: element-wise in NumPy's result type; NaN propagates. */
    static PyObject extremum(String name, PyObject first, PyObject y) {
        PyNdArray x = asArray(first);
        PyObject sum = x.binaryOp("+", y);
        DType type = sum instanceof PyNdArray s ? s.tensor().dtype() : x.tensor().dtype();
        if (sum != null && !(sum instanceof PyNdArray)) {
            type = NumpyPromotion.arrays(x.tensor().dtype(), asArray(y).tensor().dtype());
        }
        Tensor xt = x.tensor().to(type);
        Tensor yt = asArray(y).tensor().to(type);
        return PyNdArray.wrapResult(dev.torchlet.engine.ElementwiseOps.binary(name.equals("maximum")
                ? dev.torchlet.engine.BinaryOp.MAXIMUM : dev.torchlet.engine.BinaryOp.MINIMUM, xt, yt));
    }

    /** {@code np.dot}: products of numbers, inner products of vectors, matrix products. */
    static PyObject dot(PyObject x, PyObject y) {
        PyNdArray a = asArray(x);
        PyNdArray b = asArray(y);
        if (a.tensor().dim() == 0 || b.tensor().dim() == 0) {
            return binary("*", x, y);
        }
        if (a.tensor().dim() > 2 || b.tensor().dim() > 2) {
            throw PythonException.of("NotImplementedError", "numpy.dot of arrays with more than 2 dimensions is not supported by Torchlet");
        }
        long k1 = a.tensor().shape()[a.tensor().dim() - 1];
        long k2 = b.tensor().shape()[0];
        if (k1 != k2) {
            throw PythonException.of("ValueError", "shapes " + ArrayOperators.shapeText(a.tensor().shape()) + " and "
                    + ArrayOperators.shapeText(b.tensor().shape()) + " not aligned: " + k1 + " (dim " + (a.tensor().dim() - 1)
                    + ") != " + k2 + " (dim 0)");
        }
        return binary("@", a, b);
    }

    private static PyObject arange(List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        NumpyArguments a = NumpyArguments.bind("arange", args, kwargs, "start", "stop", "step", "dtype");
        PyObject startArg = a.get("start", PyNone.NONE);
        PyObject stopArg = a.get("stop", PyNone.NONE);
        PyObject stepArg = a.get("step", PyInt.of(1));
        if (stopArg == PyNone.NONE) {
            stopArg = startArg;
            startArg = PyInt.of(0);
        }
        boolean integral = startArg instanceof PyInt && stopArg instanceof PyInt && stepArg instanceof PyInt;
        DType dtype = NumpyDType.parse(a.get("dtype", PyNone.NONE), integral ? DType.INT64 : DType.FLOAT64);
        double start = number(startArg);
        double stop = number(stopArg);
        double step = number(stepArg);
        if (step == 0) {
            throw PythonException.of("ZeroDivisionError", "division by zero");
        }
        double span = Math.ceil((stop - start) / step);
        if (Double.isNaN(span) || Double.isInfinite(span)) {
            throw PythonException.of("ValueError", "arange: cannot compute length");
        }
        long length = (long) Math.max(0, span);
        double[] values = new double[RandomArrays.count(new long[] {length})];
        for (int i = 0; i < length; i++) {
            values[i] = start + i * step;
        }
        return new PyNdArray(TensorValues.create(values, new long[] {length}, DType.FLOAT64).to(dtype));
    }
}
