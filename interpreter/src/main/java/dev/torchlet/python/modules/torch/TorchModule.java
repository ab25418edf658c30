package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Torch;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/** The {@code torch} module: PyTorch's names, bound to the engine. */
public final class TorchModule {
    private TorchModule() {
    }

    public static PyModule create() {
        PyModule torch = new PyModule("torch");
        defineDtypes(torch);
        torch.define("ones", new NativeFunction("ones", (args, kwargs) -> filled("ones", Scalar.of(1L), args, kwargs)));
        torch.define("zeros", new NativeFunction("zeros", (args, kwargs) -> filled("zeros", Scalar.of(0L), args, kwargs)));
        torch.define("tensor", new NativeFunction("tensor", TorchModule::tensor));
        for (dev.torchlet.engine.UnaryOp op : dev.torchlet.engine.UnaryOp.values()) {
            String function = op.pytorchName();
            torch.define(function, new NativeFunction(function, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(function, kwargs);
                if (args.size() != 1 || !(args.get(0) instanceof PyTensor t)) {
                    throw PythonException.of("TypeError", function + "(): argument 'input' (position 1) must be Tensor");
                }
                return new PyTensor(t.tensor().unary(op));
            }));
        }
        for (String product : new String[] {"matmul", "mm"}) {
            torch.define(product, new NativeFunction(product, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(product, kwargs);
                if (args.size() != 2) {
                    throw PythonException.of("TypeError", product + "() takes 2 positional arguments but " + args.size() + " were given");
                }
                return args.get(0).getAttribute(product).call(args.subList(1, 2), kwargs);
            }));
        }
        torch.define("no_grad", new NativeFunction("no_grad", (args, kwargs) -> new PyGradModeContext(false, "no_grad")));
        torch.define("enable_grad", new NativeFunction("enable_grad", (args, kwargs) -> new PyGradModeContext(true, "enable_grad")));
        torch.define("is_grad_enabled", new NativeFunction("is_grad_enabled", (args, kwargs) ->
                dev.torchlet.python.runtime.PyBool.of(dev.torchlet.engine.autograd.GradMode.isEnabled())));
        torch.define("arange", new NativeFunction("arange", TorchModule::arange));
        // Indexing functions, torch.autograd, and the grad-mode switches beyond no_grad/enable_grad.
        for (String function : IndexingMethods.NAMES) {
            if (!function.endsWith("_")) {
                torch.define(function, IndexingMethods.function(function));
            }
        }
        torch.define("autograd", AutogradModule.create());
        torch.define("set_grad_enabled", new NativeFunction("set_grad_enabled", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("set_grad_enabled", kwargs, "mode");
            PyObject mode = args.isEmpty() ? kwargs.get("mode") : args.get(0);
            if (mode == null) {
                throw PythonException.of("TypeError", "set_grad_enabled() missing 1 required positional argument: 'mode'");
            }
            return PyGradModeContext.switchedNow(mode.isTruthy(), "set_grad_enabled");
        }));
        torch.define("inference_mode", new NativeFunction("inference_mode", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("inference_mode", kwargs, "mode");
            PyObject mode = args.isEmpty() ? kwargs.getOrDefault("mode", dev.torchlet.python.runtime.PyBool.TRUE) : args.get(0);
            return new PyGradModeContext(!mode.isTruthy(), "inference_mode");
        }));
        torch.define("is_inference_mode_enabled", new NativeFunction("is_inference_mode_enabled", (args, kwargs) ->
                dev.torchlet.python.runtime.PyBool.of(PyGradModeContext.inferenceModeEnabled())));
        torch.define("rand", new NativeFunction("rand", (args, kwargs) ->
                withGrad(Torch.rand(Arguments.shape("rand", args), optionalDtype("rand", kwargs)), kwargs)));
        torch.define("randn", new NativeFunction("randn", (args, kwargs) ->
                withGrad(Torch.randn(Arguments.shape("randn", args), optionalDtype("randn", kwargs)), kwargs)));
        torch.define("randint", new NativeFunction("randint", (args, kwargs) -> {
            DType dtype = optionalDtype("randint", kwargs);
            if (args.size() < 2 || args.size() > 3) {
                throw PythonException.of("TypeError", "randint() takes (high, size) or (low, high, size)");
            }
            long low = args.size() == 3 ? Arguments.integer(args.get(0), "low") : 0;
            long high = Arguments.integer(args.get(args.size() - 2), "high");
            long[] shape = Arguments.shape("randint", args.subList(args.size() - 1, args.size()));
            return withGrad(Torch.randint(low, high, shape, dtype), kwargs);
        }));
        torch.define("randperm", new NativeFunction("randperm", (args, kwargs) -> {
            PyObject generator = kwargs.get("generator");
            if (generator != null && generator != PyNone.NONE) {
                // randperm(n, generator=g): the permutation drawn from g (torch.utils.data's samplers use this).
                if (!(generator instanceof PyGenerator g) || args.size() != 1) {
                    throw PythonException.of("TypeError", "randperm(): argument 'generator' must be torch.Generator");
                }
                long[] order = g.generator().randperm((int) Arguments.integer(args.get(0), "n"));
                double[] values = new double[order.length];
                for (int i = 0; i < order.length; i++) {
                    values[i] = order[i];
                }
                return new PyTensor(dev.torchlet.engine.TensorValues.create(values, new long[] {order.length}, DType.INT64));
            }
            java.util.Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kwargs);
            rest.remove("generator");
            kwargs = rest;
            optionalDtype("randperm", kwargs);
            if (args.size() != 1) {
                throw PythonException.of("TypeError", "randperm() takes 1 positional argument but " + args.size() + " were given");
            }
            return new PyTensor(Torch.randperm(Arguments.integer(args.get(0), "n")));
        }));
        torch.define("manual_seed", new NativeFunction("manual_seed", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("manual_seed", kwargs);
            if (args.size() != 1) {
                throw PythonException.of("TypeError", "manual_seed() takes 1 positional argument but " + args.size() + " were given");
            }
            Torch.manualSeed(Arguments.integer(args.get(0), "seed"));
            return PyNone.NONE;
        }));
        torch.define("get_default_dtype", new NativeFunction("get_default_dtype", (args, kwargs) -> PyDType.of(Torch.getDefaultDtype())));
        torch.define("set_default_dtype", new NativeFunction("set_default_dtype", (args, kwargs) -> {
            Torch.setDefaultDtype(dtype(args.isEmpty() ? PyNone.NONE : args.get(0), "set_default_dtype"));
            return PyNone.NONE;
        }));
        torch.define("nn", dev.torchlet.python.modules.nn.NnModule.create()); // issue #6: torch.nn, .functional, .init
        dev.torchlet.python.modules.nn.NnModule.defineTorchFunctions(torch); // torch.softmax, torch.log_softmax
        TorchFunctions.define(torch); // issue #3: comparisons, reductions, shape ops, joins, factories, products
        // issue #6: torch.optim (+ lr_scheduler); torch.utils.data is a Python module that fills torch.utils on import.
        torch.define("optim", dev.torchlet.python.modules.optim.OptimModule.create());
        torch.define("utils", new PyModule("torch.utils"));
        Serialization.define(torch); // issue #6: torch.save / torch.load in PyTorch's zip format
        MoreTensorFunctions.define(torch); // issue #3: linear algebra, roll/unfold/meshgrid, torch.* forms of methods
        torch.define("linalg", LinalgModule.create());
        TutorialFunctions.define(torch); // amax, diff, nan_to_num, cummax, hypot, …
        OutArgument.define(torch); // after the functions it wraps
        PySize.define(torch);
        dev.torchlet.python.modules.numpy.NumpyTorchBridge.define(torch); // issue #5: from_numpy, as_tensor
        Devices.define(torch); // after the factories it gives device=
        return torch;
    }

    private static void defineDtypes(PyModule torch) {
        torch.define("float32", PyDType.of(DType.FLOAT32)).define("float", PyDType.of(DType.FLOAT32))
                .define("float64", PyDType.of(DType.FLOAT64)).define("double", PyDType.of(DType.FLOAT64))
                .define("int64", PyDType.of(DType.INT64)).define("long", PyDType.of(DType.INT64))
                .define("int32", PyDType.of(DType.INT32)).define("int", PyDType.of(DType.INT32))
                .define("uint8", PyDType.of(DType.UINT8)).define("bool", PyDType.of(DType.BOOL));
    }

    private static PyObject filled(String name, Scalar value, List<PyObject> args, Map<String, PyObject> kwargs) {
        DType dtype = optionalDtype(name, kwargs);
        return withGrad(Torch.full(Arguments.shape(name, args), value, dtype == null ? Torch.getDefaultDtype() : dtype), kwargs);
    }

    private static PyObject tensor(List<PyObject> args, Map<String, PyObject> kwargs) {
        DType dtype = optionalDtype("tensor", kwargs);
        if (args.size() != 1) {
            throw PythonException.of("TypeError", "tensor() takes 1 positional argument but " + args.size() + " were given");
        }
        dev.torchlet.engine.Tensor copy = dev.torchlet.python.modules.numpy.NumpyTorchBridge.copyOf(args.get(0), dtype);
        return withGrad(copy != null ? copy : Torch.tensor(Arguments.data(args.get(0)), dtype), kwargs);
    }

    /** {@code arange(end)}, {@code arange(start, end)}, {@code arange(start, end, step)}. */
    private static PyObject arange(List<PyObject> args, Map<String, PyObject> kwargs) {
        DType dtype = optionalDtype("arange", kwargs);
        if (args.isEmpty() || args.size() > 3) {
            throw PythonException.of("TypeError", "arange() takes from 1 to 3 positional arguments but " + args.size() + " were given");
        }
        Scalar[] values = new Scalar[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Arguments.scalarOrNull(args.get(i));
            if (values[i] == null) {
                throw PythonException.of("TypeError", "arange(): argument 'end' must be Number, not " + args.get(i).typeName());
            }
        }
        Scalar start = values.length == 1 ? Scalar.of(0L) : values[0];
        Scalar end = values.length == 1 ? values[0] : values[1];
        Scalar step = values.length == 3 ? values[2] : Scalar.of(1L);
        return withGrad(Torch.arange(start, end, step, dtype), kwargs);
    }

    /** Factory functions' {@code requires_grad=} keyword. */
    private static PyTensor withGrad(dev.torchlet.engine.Tensor t, Map<String, PyObject> kwargs) {
        if (kwargs.getOrDefault("requires_grad", PyNone.NONE).isTruthy()) {
            t.requiresGrad_(true);
        }
        return new PyTensor(t);
    }

    /** The {@code dtype=} keyword, or null when absent or None; factories also take {@code requires_grad=}. */
    private static DType optionalDtype(String function, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords(function, kwargs, "dtype", "requires_grad");
        PyObject dtypeArg = kwargs.getOrDefault("dtype", PyNone.NONE);
        return dtypeArg == PyNone.NONE ? null : dtype(dtypeArg, function);
    }

    private static DType dtype(PyObject value, String function) {
        if (value instanceof PyDType d) {
            return d.dtype();
        }
        throw PythonException.of("TypeError", function + "(): argument 'dtype' must be torch.dtype, not " + value.typeName());
    }
}
