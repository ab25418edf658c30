package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.nn.Linear;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeMethod;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * nn.LazyLinear, LazyConv1d/2d/3d, LazyConvTranspose1d/2d/3d and LazyBatchNorm1d/2d/3d: their
 * input size is 0 and their parameters uninitialised until the first forward reads it from the
 * input, initialises them as the eager layer would (drawing from the global generator then, as
 * PyTorch does) and turns the instance into that layer (LazyLinear becomes Linear).
 */
final class LazyLayers {
    private LazyLayers() {
    }

    /** Sizes the layer from its first input and creates its parameters. */
    private interface Materialize {
        void run(PyInstance self, PyTensor input);
    }

    static void define(PyModule nn, PyModule functional) {
        nn.define("UninitializedParameter", UninitializedTensors.PARAMETER_TYPE);
        nn.define("UninitializedBuffer", UninitializedTensors.BUFFER_TYPE);
        PyModule parameter = new PyModule("torch.nn.parameter");
        parameter.define("Parameter", NnModule.PARAMETER);
        parameter.define("UninitializedParameter", UninitializedTensors.PARAMETER_TYPE);
        parameter.define("UninitializedBuffer", UninitializedTensors.BUFFER_TYPE);
        nn.define("parameter", parameter);
        nn.define("LazyLinear", lazy(LayerType.named("LazyLinear", "torch.nn.modules.linear")
                .required("out_features").accepted("bias", PyBool.TRUE).accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup((self, p) -> {
                    unsupportedPlacement("LazyLinear", p);
                    ModuleType.setAttribute(self, "in_features", PyInt.of(0));
                    uninitializedParameters(self, p.flag("bias", true));
                }), (PyType) nn.getAttribute("Linear"), LazyLayers::materializeLinear, functional));
        for (int dims = 1; dims <= 3; dims++) {
            for (boolean transposed : new boolean[] {false, true}) {
                String eager = (transposed ? "ConvTranspose" : "Conv") + dims + "d";
                nn.define("Lazy" + eager, lazy(lazyConv("Lazy" + eager, dims, transposed), (PyType) nn.getAttribute(eager),
                        (self, input) -> materializeConv(self, input, "Lazy" + eager), functional));
            }
            String eager = "BatchNorm" + dims + "d";
            nn.define("Lazy" + eager, lazy(LayerType.named("Lazy" + eager, "torch.nn.modules.batchnorm")
                    .optional("eps", new PyFloat(1e-5)).optional("momentum", new PyFloat(0.1))
                    .optional("affine", PyBool.TRUE).optional("track_running_stats", PyBool.TRUE)
                    .accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                    .setup(LazyLayers::batchNormSetup), (PyType) nn.getAttribute(eager), LazyLayers::materializeBatchNorm, functional));
        }
    }

    /** The lazy class: the eager layer's repr, and a forward that materialises, changes the class and runs the eager forward. */
    private static PyType lazy(LayerType layer, PyType becomes, Materialize materialize, PyModule functional) {
        PyType type = layer.extraRepr(self -> becomes.lookup("extra_repr").call(List.of(self), Map.of()).str()).build(functional);
        type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            if (args.size() < 2 || !(args.get(1) instanceof PyTensor input)) {
                throw PythonException.of("TypeError", "forward() missing 1 required positional argument: 'input'");
            }
            materialize.run(self, input);
            self.changeType(becomes);
            return self.getAttribute("forward").call(args.subList(1, args.size()), kwargs);
        }));
        return type;
    }

    private static void unsupportedPlacement(String name, Params p) {
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", name + "(device=, dtype=) is not supported by Torchlet yet; use .to()");
        }
    }

    private static void uninitializedParameters(PyInstance self, boolean bias) {
        ModuleType.setAttribute(self, "weight", UninitializedTensors.parameter());
        if (bias) {
            ModuleType.setAttribute(self, "bias", UninitializedTensors.parameter());
        } else {
            self.getAttribute("register_parameter").call(List.of(new PyStr("bias"), PyNone.NONE), Map.of());
        }
    }

    private static void materializeLinear(PyInstance self, PyTensor input) {
        long in = input.tensor().size(-1);
        long out = ((PyInt) self.getAttribute("out_features")).value();
        boolean bias = self.getAttribute("bias") != PyNone.NONE;
        ModuleType.setAttribute(self, "in_features", PyInt.of(in));
        Tensor[] parameters = Linear.initialParameters(in, out, bias, UninitializedTensors.dtype(self.getAttribute("weight")));
        ModuleType.setAttribute(self, "weight", Layers.parameter(parameters[0]));
        if (bias) {
            ModuleType.setAttribute(self, "bias", Layers.parameter(parameters[1]));
        }
    }

    /** _LazyConvXdMixin's constructor: the eager convolution's arguments less in_channels, which starts at 0. */
    private static LayerType lazyConv(String name, int dims, boolean transposed) {
        LayerType layer = LayerType.named(name, "torch.nn.modules.conv").required("out_channels")
                .accepted("kernel_size", null).accepted("stride", PyInt.of(1)).accepted("padding", PyInt.of(0));
        if (transposed) {
            layer.accepted("output_padding", PyInt.of(0)).optional("groups", PyInt.of(1)).accepted("bias", PyBool.TRUE)
                    .accepted("dilation", PyInt.of(1));
        } else {
            layer.accepted("dilation", PyInt.of(1)).optional("groups", PyInt.of(1)).accepted("bias", PyBool.TRUE);
        }
        return layer.optional("padding_mode", new PyStr("zeros")).accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup((self, p) -> {
                    ModuleType.setAttribute(self, "in_channels", PyInt.of(0));
                    ConvLayers.convSetup(self, p, name, dims, transposed, 0);
                    uninitializedParameters(self, p.flag("bias", true));
                });
    }

    /** in_channels is the input's dimension 1, or 0 when it is unbatched. */
    private static void materializeConv(PyInstance self, PyTensor input, String name) {
        int dims = (int) self.getAttribute("kernel_size").length();
        int dim = input.tensor().dim();
        if (dim != dims + 1 && dim != dims + 2) {
            throw PythonException.of("RuntimeError", "Expected " + (dims + 1) + "D (unbatched) or " + (dims + 2) + "D (batched) input to "
                    + name + ", but got input of size: " + input.getAttribute("shape").repr());
        }
        ModuleType.setAttribute(self, "in_channels", PyInt.of(input.tensor().size(dim == dims + 2 ? 1 : 0)));
        ConvLayers.resetParameters(self, self.getAttribute("bias") != PyNone.NONE, UninitializedTensors.dtype(self.getAttribute("weight")));
    }

    private static void batchNormSetup(PyInstance self, Params p) {
        unsupportedPlacement("BatchNorm", p);
        ModuleType.setAttribute(self, "num_features", PyInt.of(0));
        boolean affine = p.flag("affine", true);
        boolean track = p.flag("track_running_stats", true);
        for (String name : new String[] {"weight", "bias"}) {
            if (affine) {
                ModuleType.setAttribute(self, name, UninitializedTensors.parameter());
            } else {
                self.getAttribute("register_parameter").call(List.of(new PyStr(name), PyNone.NONE), Map.of());
            }
        }
        BatchNormLayers.register(self, "running_mean", track ? UninitializedTensors.buffer() : PyNone.NONE);
        BatchNormLayers.register(self, "running_var", track ? UninitializedTensors.buffer() : PyNone.NONE);
        BatchNormLayers.register(self, "num_batches_tracked", track
                ? new PyTensor(Torch.full(new long[0], Scalar.of(0L), DType.INT64)) : PyNone.NONE);
    }

    private static void materializeBatchNorm(PyInstance self, PyTensor input) {
        if (input.tensor().dim() < 2) {
            throw PythonException.of("IndexError", "tuple index out of range");
        }
        long features = input.tensor().size(1);
        ModuleType.setAttribute(self, "num_features", PyInt.of(features));
        PyObject placeholder = self.getAttribute("affine").isTruthy() ? self.getAttribute("weight") : self.getAttribute("running_mean");
        BatchNormLayers.createState(self, features);
        if (placeholder != PyNone.NONE) {
            ModuleConversion.convert(self, UninitializedTensors.dtype(placeholder)); // no RNG here: made, then converted
        }
    }
}
