package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.nn.Convolution;
import dev.torchlet.engine.nn.Linear;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** nn.Conv1d/2d/3d with their F functions (an int or a tuple for each size), and the size parsing the other convolution and pooling layers share. */
final class ConvLayers {
    private ConvLayers() {
    }

    /** An int or a 2-sequence of ints as (height, width). */
    static int[] pair(PyObject value, String function, String name) {
        return sizes(value, 2, function, name);
    }

    /** An int or a 1-sequence of ints (the 1-D layers' sizes). */
    static int single(PyObject value, String function, String name) {
        return sizes(value, 1, function, name)[0];
    }

    /** A size for a {@code dims}-D layer as an int array (an int repeated, or a sequence of that many ints). */
    static int[] sizes(PyObject value, int dims, String function, String name) {
        int[] result = new int[dims];
        if (value instanceof PyInt i && !(value instanceof PyBool)) {
            java.util.Arrays.fill(result, (int) i.value());
            return result;
        }
        if (value instanceof PySequence seq && seq.items().size() == dims) {
            for (int d = 0; d < dims; d++) {
                if (!(seq.items().get(d) instanceof PyInt item)) {
                    throw PythonException.of("TypeError", function + "(): argument '" + name + "' must be tuple of ints, not "
                            + value.typeName());
                }
                result[d] = (int) item.value();
            }
            return result;
        }
        if (value instanceof PyStr) {
            throw PythonException.of("NotImplementedError", function + "(" + name + "=" + value.repr() + ") is not supported by Torchlet yet");
        }
        throw PythonException.of("TypeError", function + "(): argument '" + name + "' must be tuple of ints, not " + value.typeName());
    }

    static int[] sizesOr(Params p, String name, int dims, String function, int otherwise) {
        if (p.has(name)) {
            return sizes(p.get(name), dims, function, name);
        }
        int[] result = new int[dims];
        java.util.Arrays.fill(result, otherwise);
        return result;
    }

    static PyObject tuple(int[] values) {
        List<PyObject> items = new ArrayList<>();
        for (int v : values) {
            items.add(PyInt.of(v));
        }
        return PySequence.tuple(items);
    }

    static void defineFunctional(PyModule f) {
        for (int dims = 1; dims <= 3; dims++) {
            String name = "conv" + dims + "d";
            int spatial = dims;
            f.define(name, new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "input", "weight", "bias", "stride", "padding", "dilation", "groups");
                return new PyTensor(Convolution.convolution(name, p.tensor("input"), p.tensor("weight"),
                        p.has("bias") ? p.tensor("bias") : null, sizesOr(p, "stride", spatial, name, 1),
                        sizesOr(p, "padding", spatial, name, 0), sizesOr(p, "dilation", spatial, name, 1), p.integer("groups", 1)));
            }));
        }
    }

    static void define(PyModule nn, PyModule functional) {
        nn.define("Conv1d", conv("Conv1d", 1, functional));
        nn.define("Conv2d", conv("Conv2d", 2, functional));
        nn.define("Conv3d", conv("Conv3d", 3, functional));
    }

    private static PyType conv(String name, int dims, PyModule functional) {
        PyType type = LayerType.named(name, "torch.nn.modules.conv")
                .required("in_channels").required("out_channels")
                .accepted("kernel_size", null).accepted("stride", PyInt.of(1)).accepted("padding", PyInt.of(0))
                .accepted("dilation", PyInt.of(1)).optional("groups", PyInt.of(1)).accepted("bias", PyBool.TRUE)
                .optional("padding_mode", new PyStr("zeros")).accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup((self, p) -> {
                    convSetup(self, p, name, dims, false, p.longValue("in_channels"));
                    resetParameters(self, p.flag("bias", true));
                })
                .extraRepr(ConvLayers::convRepr)
                .build(functional);
        String function = "conv" + dims + "d";
        type.namespace().put("forward", new dev.torchlet.python.runtime.NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            if (args.size() != 2) {
                throw PythonException.of("TypeError", "forward() takes 2 positional arguments but " + args.size() + " were given");
            }
            return functional.getAttribute(function).call(List.of(args.get(1), self.getAttribute("weight"), self.getAttribute("bias"),
                    self.getAttribute("stride"), self.getAttribute("padding"), self.getAttribute("dilation"), self.getAttribute("groups")),
                    Map.of());
        }));
        return type;
    }

    /**
     * _ConvNd's constructor: checks, the size attributes as tuples, then the parameters (left to
     * the first forward by the lazy convolutions, which pass {@code parameters} false).
     */
    static void convSetup(PyInstance self, Params p, String name, int dims, boolean transposed, long in) {
        if (!p.has("kernel_size")) {
            throw PythonException.of("TypeError", "__init__() missing 1 required positional argument: 'kernel_size'");
        }
        long out = p.longValue("out_channels");
        int groups = p.integer("groups", 1);
        if (groups <= 0) {
            throw PythonException.of("ValueError", "groups must be a positive integer");
        }
        if (in % groups != 0) {
            throw PythonException.of("ValueError", "in_channels must be divisible by groups");
        }
        if (out % groups != 0) {
            throw PythonException.of("ValueError", "out_channels must be divisible by groups");
        }
        if (transposed && p.has("padding_mode") && !p.get("padding_mode").str().equals("zeros")) {
            throw PythonException.of("ValueError", "Only \"zeros\" padding mode is supported for " + name);
        }
        if ((p.has("padding_mode") && !p.get("padding_mode").str().equals("zeros")) || p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", name + "(padding_mode=, device=, dtype=) other than the defaults is not supported by Torchlet yet");
        }
        self.setDirectly("kernel_size", tuple(sizes(p.get("kernel_size"), dims, name, "kernel_size")));
        self.setDirectly("stride", tuple(sizesOr(p, "stride", dims, name, 1)));
        self.setDirectly("padding", tuple(sizesOr(p, "padding", dims, name, 0)));
        self.setDirectly("dilation", tuple(sizesOr(p, "dilation", dims, name, 1)));
        self.setDirectly("transposed", PyBool.of(transposed));
        self.setDirectly("output_padding", tuple(sizesOr(p, "output_padding", dims, name, 0)));
    }

    /**
     * reset_parameters from the layer's attributes: weight (out, in/groups, k…), or (in,
     * out/groups, k…) when transposed, and a bias of out_channels when {@code bias}.
     */
    static void resetParameters(PyInstance self, boolean bias) {
        resetParameters(self, bias, dev.torchlet.engine.Torch.getDefaultDtype());
    }

    /** As above in {@code dtype} (a lazy convolution converted before its first forward). */
    static void resetParameters(PyInstance self, boolean bias, DType dtype) {
        long in = ((PyInt) self.getAttribute("in_channels")).value();
        long out = ((PyInt) self.getAttribute("out_channels")).value();
        long groups = ((PyInt) self.getAttribute("groups")).value();
        boolean transposed = self.getAttribute("transposed").isTruthy();
        List<PyObject> kernel = ((PySequence) self.getAttribute("kernel_size")).items();
        long[] weightShape = new long[2 + kernel.size()];
        weightShape[0] = transposed ? in : out;
        weightShape[1] = (transposed ? out : in) / groups;
        for (int d = 0; d < kernel.size(); d++) {
            weightShape[2 + d] = ((PyInt) kernel.get(d)).value();
        }
        Tensor[] parameters = Linear.defaultParameters(weightShape, bias ? out : -1, dtype);
        ModuleType.setAttribute(self, "weight", Layers.parameter(parameters[0]));
        if (bias) {
            ModuleType.setAttribute(self, "bias", Layers.parameter(parameters[1]));
        } else {
            self.getAttribute("register_parameter").call(List.of(new PyStr("bias"), PyNone.NONE), Map.of());
        }
    }

    /** PyTorch's _ConvNd.extra_repr: non-default settings only. */
    static String convRepr(PyInstance self) {
        int dims = ((PySequence) self.getAttribute("kernel_size")).items().size();
        String zeros = tuple(new int[dims]).str();
        int[] one = new int[dims];
        java.util.Arrays.fill(one, 1);
        String ones = tuple(one).str();
        StringBuilder s = new StringBuilder(LayerType.attr(self, "in_channels")).append(", ").append(LayerType.attr(self, "out_channels"))
                .append(", kernel_size=").append(LayerType.attr(self, "kernel_size")).append(", stride=").append(LayerType.attr(self, "stride"));
        if (!LayerType.attr(self, "padding").equals(zeros)) {
            s.append(", padding=").append(LayerType.attr(self, "padding"));
        }
        if (!LayerType.attr(self, "dilation").equals(ones)) {
            s.append(", dilation=").append(LayerType.attr(self, "dilation"));
        }
        if (!LayerType.attr(self, "output_padding").equals(zeros)) {
            s.append(", output_padding=").append(LayerType.attr(self, "output_padding"));
        }
        if (!LayerType.attr(self, "groups").equals("1")) {
            s.append(", groups=").append(LayerType.attr(self, "groups"));
        }
        if (self.getAttribute("bias") == PyNone.NONE) {
            s.append(", bias=False");
        }
        return s.toString();
    }
}
