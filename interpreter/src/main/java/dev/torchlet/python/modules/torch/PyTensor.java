package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/** A {@code torch.Tensor} as Python sees it: operators, attributes and methods bound to the engine. */
public class PyTensor extends PyObject {
    private final Tensor tensor;

    public PyTensor(Tensor tensor) {
        this.tensor = tensor;
    }

    public Tensor tensor() {
        return tensor;
    }

    @Override
    public String typeName() {
        return "Tensor";
    }

    @Override
    public String repr() {
        return tensor.toString();
    }

    @Override
    public String format(String spec) {
        return TensorNumberProtocol.format(this, spec);
    }

    /** {@code to(dtype)}, {@code to(device)}, {@code to(device, dtype)}, {@code to(other)}, with keywords too. */
    private PyObject to(List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse("to", args, kwargs, "a", "b", "non_blocking", "copy", "dtype", "device");
        dev.torchlet.engine.DType dtype = p.has("dtype") ? ((PyDType) p.get("dtype")).dtype() : null;
        dev.torchlet.engine.device.Device device = null;
        for (String position : new String[] {"a", "b", "device"}) {
            if (!p.has(position)) {
                continue;
            }
            PyObject value = p.get(position);
            if (value instanceof PyDType d) {
                dtype = d.dtype();
            } else if (value instanceof PyTensor other) {
                dtype = other.tensor.dtype();
                device = other.tensor.device();
            } else if (value != PyNone.NONE) {
                device = Devices.engineDevice("to", value);
            }
        }
        boolean moves = device != null && !device.equals(tensor.device());
        boolean casts = dtype != null && dtype != tensor.dtype();
        if (!moves && !casts) {
            return p.flag("copy", false) ? new PyTensor(tensor.clone()) : this;
        }
        Tensor result = moves ? tensor.to(device) : tensor;
        return new PyTensor(casts ? result.to(dtype) : result);
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "shape" -> new PySize(tensor.shape());
            case "dtype" -> PyDType.of(tensor.dtype());
            case "size" -> new NativeFunction("size", (args, kwargs) -> args.isEmpty()
                    ? new PySize(tensor.shape()) : PyInt.of(tensor.size((int) Arguments.integer(args.get(0), "dim"))));
            case "dim", "ndimension" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(tensor.dim()));
            case "numel" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(tensor.numel()));
            case "item" -> new NativeFunction(name, (args, kwargs) -> tensor.dtype().isFloatingPoint()
                    ? new PyFloat(tensor.itemAsDouble())
                    : tensor.dtype() == dev.torchlet.engine.DType.BOOL ? PyBool.of(tensor.itemAsLong() != 0) : PyInt.of(tensor.itemAsLong()));
            case "view", "reshape" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                long[] shape = Arguments.shape(name, args);
                return new PyTensor(name.equals("view") ? tensor.view(shape) : tensor.reshape(shape));
            });
            case "T" -> new PyTensor(tensor.transposeAll());
            case "requires_grad" -> PyBool.of(tensor.requiresGrad());
            case "is_leaf" -> PyBool.of(tensor.isLeaf());
            case "grad" -> tensor.grad() == null ? dev.torchlet.python.runtime.PyNone.NONE : new PyTensor(tensor.grad());
            case "grad_fn" -> tensor.gradFn() == null ? dev.torchlet.python.runtime.PyNone.NONE : PyGradFn.of(tensor.gradFn());
            case "data" -> new PyTensor(tensor.data());
            case "detach" -> new NativeFunction(name, (args, kwargs) -> new PyTensor(tensor.detach()));
            case "requires_grad_" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs, "requires_grad");
                PyObject flag = args.isEmpty() ? kwargs.getOrDefault("requires_grad", PyBool.TRUE) : args.get(0);
                tensor.requiresGrad_(flag.isTruthy());
                return this;
            });
            case "zero_" -> new NativeFunction(name, (args, kwargs) -> {
                tensor.fill_(Scalar.of(0L));
                return this;
            });
            case "backward" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs, "gradient", "retain_graph", "create_graph");
                PyObject gradient = args.size() > 0 ? args.get(0) : kwargs.getOrDefault("gradient", dev.torchlet.python.runtime.PyNone.NONE);
                boolean create = (args.size() > 2 ? args.get(2) : kwargs.getOrDefault("create_graph", PyBool.FALSE)).isTruthy();
                PyObject retainArg = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("retain_graph", dev.torchlet.python.runtime.PyNone.NONE);
                // PyTorch: retain_graph defaults to create_graph.
                boolean retain = retainArg == dev.torchlet.python.runtime.PyNone.NONE ? create : retainArg.isTruthy();
                tensor.backward(gradient instanceof PyTensor g ? g.tensor : null, retain, create);
                return dev.torchlet.python.runtime.PyNone.NONE;
            });
            case "t" -> new NativeFunction(name, (args, kwargs) -> new PyTensor(tensor.t()));
            case "transpose" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                if (args.size() != 2) {
                    throw PythonException.of("TypeError", "transpose() takes 2 arguments (" + args.size() + " given)");
                }
                return new PyTensor(tensor.transpose((int) Arguments.integer(args.get(0), "dim0"), (int) Arguments.integer(args.get(1), "dim1")));
            });
            case "is_contiguous" -> new NativeFunction(name, (args, kwargs) -> PyBool.of(tensor.isContiguous()));
            case "contiguous" -> new NativeFunction(name, (args, kwargs) -> new PyTensor(tensor.contiguous()));
            case "clone" -> new NativeFunction(name, (args, kwargs) -> new PyTensor(tensor.clone()));
            case "copy_" -> new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "src", "non_blocking");
                if (!(p.required("src") instanceof PyTensor source)) {
                    throw PythonException.of("TypeError", "copy_(): argument 'other' (position 1) must be Tensor, not "
                            + p.get("src").typeName());
                }
                tensor.copyFrom(source.tensor);
                return this;
            });
            case "stride" -> new NativeFunction(name, (args, kwargs) -> {
                java.util.List<PyObject> strides = new java.util.ArrayList<>();
                for (long st : tensor.stride()) {
                    strides.add(PyInt.of(st));
                }
                return args.isEmpty() ? PySequence.tuple(strides) : strides.get(tensor.dim() == 0 ? 0 : (int) ((Arguments.integer(args.get(0), "dim") + tensor.dim()) % tensor.dim()));
            });
            case "storage_offset" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(tensor.storageOffset()));
            case "fill_" -> new NativeFunction(name, (args, kwargs) -> {
                Scalar s = args.size() == 1 ? Arguments.scalarOrNull(args.get(0)) : null;
                if (s == null) {
                    throw PythonException.of("TypeError", "fill_() takes a number");
                }
                tensor.fill_(s);
                return this;
            });
            case "float", "double", "long", "int", "bool" -> new NativeFunction(name, (args, kwargs) -> new PyTensor(tensor.to(switch (name) {
                case "float" -> dev.torchlet.engine.DType.FLOAT32;
                case "double" -> dev.torchlet.engine.DType.FLOAT64;
                case "long" -> dev.torchlet.engine.DType.INT64;
                case "int" -> dev.torchlet.engine.DType.INT32;
                default -> dev.torchlet.engine.DType.BOOL;
            })));
            case "to" -> new NativeFunction(name, (args, kwargs) -> to(args, kwargs));
            case "device" -> Devices.of(tensor.device());
            case "is_cuda" -> PyBool.of(tensor.device().type().equals("cuda"));
            case "cpu" -> new NativeFunction(name, (args, kwargs) -> {
                Params.parse(name, args, kwargs, "memory_format");
                return tensor.device().isCpu() ? this : new PyTensor(tensor.cpu());
            });
            case "cuda" -> new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "device", "non_blocking", "memory_format");
                PyObject index = p.has("device") ? p.get("device") : PyNone.NONE;
                PyObject device = index instanceof PyInt ? new PyStr("cuda:" + index.str()) : index == PyNone.NONE ? new PyStr("cuda") : index;
                dev.torchlet.engine.device.Device target = Devices.engineDevice(name, device);
                return target.equals(tensor.device()) ? this : new PyTensor(tensor.to(target));
            });
            case "exp", "log", "sin", "cos", "sqrt", "tanh", "sigmoid", "relu", "abs", "sign" ->
                    new NativeFunction(name, (args, kwargs) -> new PyTensor(tensor.unary(UnaryOps.named(name))));
            case "pow" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                if (args.size() != 1) {
                    throw PythonException.of("TypeError", "pow() takes 1 positional argument but " + args.size() + " were given");
                }
                return binaryOp("**", args.get(0));
            });
            case "matmul", "mm" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                if (args.size() != 1 || !(args.get(0) instanceof PyTensor other)) {
                    throw PythonException.of("TypeError", name + "(): argument 'other' must be Tensor");
                }
                return new PyTensor(name.equals("mm") ? tensor.mm(other.tensor) : tensor.matmul(other.tensor));
            });
            case "sum", "mean" -> new NativeFunction(name, (args, kwargs) -> reduction(name, args, kwargs));
            case "add", "sub", "mul", "div" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                if (args.size() != 1) {
                    throw PythonException.of("TypeError", name + "() takes 1 positional argument but " + args.size() + " were given");
                }
                return binaryOp(symbol(name), args.get(0));
            });
            // Python's number protocol: abs(t), float(t), int(t), t as an index (TensorNumberProtocol).
            case "__abs__", "__float__", "__int__", "__index__" -> TensorNumberProtocol.method(this, name);
            case "numpy" -> new NativeFunction(name, (args, kwargs) -> dev.torchlet.python.modules.numpy.NumpyTorchBridge.numpy(tensor));
            default -> {
                PyObject bound = IndexingMethods.bind(tensor, name);
                if (bound == null) {
                    bound = AutogradMethods.attribute(tensor, name);
                }
                if (bound == null) {
                    bound = TensorMethods.method(this, name);
                }
                if (bound == null) {
                    bound = MoreTensorFunctions.method(this, name);
                }
                if (bound == null) {
                    bound = TutorialFunctions.method(this, name);
                }
                yield bound != null ? bound : super.getAttribute(name);
            }
        };
    }

    /** {@code sum(dim=None, keepdim=False)} and {@code mean(...)}, positionally or by keyword. */
    private PyObject reduction(String name, java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        if (args.size() > 2) {
            throw PythonException.of("TypeError", name + "() takes at most 2 arguments (" + args.size() + " given)");
        }
        Params p = Params.parse(name, args, kwargs, "dim", "keepdim");
        PyObject dim = p.has("dim") ? p.get("dim") : dev.torchlet.python.runtime.PyNone.NONE;
        boolean keep = p.flag("keepdim", false);
        if (dim == dev.torchlet.python.runtime.PyNone.NONE) {
            if (keep) {
                throw PythonException.of("NotImplementedError", name + "(keepdim=True) without dim is not supported by Torchlet yet");
            }
            return new PyTensor(name.equals("sum") ? tensor.sum() : tensor.mean());
        }
        int[] dims;
        if (dim instanceof PySequence several) {
            dims = new int[several.items().size()];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = (int) Arguments.integer(several.items().get(i), "dim");
            }
        } else {
            dims = new int[] {(int) Arguments.integer(dim, "dim")};
        }
        return new PyTensor(name.equals("sum") ? tensor.sum(dims, keep) : tensor.mean(dims, keep));
    }

    private static String symbol(String method) {
        return switch (method) {
            case "add" -> "+";
            case "sub" -> "-";
            case "mul" -> "*";
            default -> "/";
        };
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        other = dev.torchlet.python.modules.numpy.NumpyTorchBridge.operand(other); // an ndarray acts as a tensor
        if (TensorOperators.handles(op)) {
            return TensorOperators.binary(tensor, op, other, false);
        }
        if (other instanceof PyTensor t) {
            return new PyTensor(switch (op) {
                case "+" -> tensor.add(t.tensor);
                case "-" -> tensor.sub(t.tensor);
                case "*" -> tensor.mul(t.tensor);
                case "/" -> tensor.div(t.tensor);
                case "@" -> tensor.matmul(t.tensor);
                case "**" -> tensor.pow(t.tensor);
                default -> throw unsupported(op);
            });
        }
        Scalar s = Arguments.scalarOrNull(other);
        if (s == null) {
            return null;
        }
        return new PyTensor(switch (op) {
            case "+" -> tensor.add(s);
            case "-" -> tensor.sub(s);
            case "*" -> tensor.mul(s);
            case "/" -> tensor.div(s);
            case "**" -> tensor.pow(s);
            default -> throw unsupported(op);
        });
    }

    /** {@code t += x}: computes {@code t + x} and writes it into t's own memory (views see it). */
    @Override
    public PyObject inplaceOp(String op, PyObject other) {
        PyObject result = binaryOp(op, other);
        if (result == null) {
            return null;
        }
        Tensor computed = ((PyTensor) result).tensor;
        if (computed.dtype().isFloatingPoint() && !tensor.dtype().isFloatingPoint()) {
            throw PythonException.of("RuntimeError", "result type Float can't be cast to the desired output type "
                    + (tensor.dtype() == dev.torchlet.engine.DType.BOOL ? "Bool" : "Long"));
        }
        tensor.assignInPlace(computed);
        return this;
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        other = dev.torchlet.python.modules.numpy.NumpyTorchBridge.operand(other);
        if (TensorOperators.handles(op)) {
            return TensorOperators.binary(tensor, op, other, true);
        }
        Scalar s = Arguments.scalarOrNull(other);
        if (s == null) {
            return null;
        }
        return new PyTensor(switch (op) {
            case "+" -> tensor.add(s);
            case "*" -> tensor.mul(s);
            case "-" -> tensor.rsub(s);
            case "/" -> tensor.rdiv(s);
            case "**" -> tensor.rpow(s);
            default -> throw unsupported(op);
        });
    }

    @Override
    public void setAttribute(String name, PyObject value) {
        switch (name) {
            case "grad" -> tensor.setGrad(value instanceof PyTensor t ? t.tensor : null);
            case "requires_grad" -> tensor.requiresGrad_(value.isTruthy());
            case "data" -> {
                if (!(value instanceof PyTensor t) || !java.util.Arrays.equals(t.tensor.shape(), tensor.shape())
                        || t.tensor.dtype() != tensor.dtype()) {
                    throw PythonException.of("NotImplementedError",
                            "assigning .data a tensor of another shape or dtype is not supported by Torchlet yet");
                }
                tensor.data().copyFrom(t.tensor);
            }
            default -> super.setAttribute(name, value);
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        return new PyTensor(tensor.index(TensorIndexing.key(key)));
    }

    /** {@code t[key] = value}: writes a number or a (broadcast) tensor through the engine's index_put. */
    @Override
    public void setItem(PyObject key, PyObject value) {
        if (value instanceof PyTensor t) {
            tensor.indexPut(TensorIndexing.key(key), t.tensor, false);
            return;
        }
        Scalar s = Arguments.scalarOrNull(value);
        if (s == null) {
            throw PythonException.of("TypeError", "can't assign a " + value.typeName() + " to a torch.FloatTensor");
        }
        tensor.indexPut(TensorIndexing.key(key), s);
    }

    @Override
    public long length() {
        if (tensor.dim() == 0) {
            throw PythonException.of("TypeError", "len() of a 0-d tensor");
        }
        return tensor.size(0);
    }

    @Override
    public dev.torchlet.python.runtime.PyIterator iterate() {
        if (tensor.dim() == 0) {
            throw PythonException.of("TypeError", "iteration over a 0-d tensor");
        }
        java.util.List<PyObject> rows = new java.util.ArrayList<>();
        for (long i = 0; i < tensor.size(0); i++) {
            rows.add(new PyTensor(tensor.select(0, i)));
        }
        return new dev.torchlet.python.runtime.PyIterator(rows.iterator());
    }

    /** {@code if t:} — only a one-element tensor has a truth value, as in PyTorch. */
    @Override
    public boolean isTruthy() {
        if (tensor.numel() != 1) {
            throw PythonException.of("RuntimeError", "Boolean value of Tensor with more than one value is ambiguous");
        }
        return tensor.itemAsDouble() != 0;
    }

    @Override
    public PyObject unaryOp(String op) {
        if (op.equals("~")) {
            return TensorOperators.invert(tensor);
        }
        return op.equals("-") ? new PyTensor(tensor.neg()) : this;
    }

    /** {@code == != < <= > >=}: element-wise, a bool tensor (issue #3). */
    @Override
    public PyObject compare(String op, PyObject other) {
        return TensorOperators.compare(tensor, op, other);
    }

    private static PythonException unsupported(String op) {
        return PythonException.of("NotImplementedError", "the tensor operator " + op + " is not supported by Torchlet yet");
    }
}
