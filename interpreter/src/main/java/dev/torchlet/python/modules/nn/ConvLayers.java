package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.engine.nn.AveragePooling;
import dev.torchlet.engine.nn.Convolution;
import dev.torchlet.engine.nn.Linear;
import dev.torchlet.engine.nn.Pooling;
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

/** nn.Conv1d/Conv2d, MaxPool2d, AvgPool2d, AdaptiveAvgPool2d with their F functions (an int or a tuple for each size). */
final class ConvLayers {
    private ConvLayers() {
    }

    /** An int or a 2-sequence of ints as (height, width). */
    static int[] pair(PyObject value, String function, String name) {
        return sizes(value, 2, function, name);
    }

    private static int[] pairOr(Params p, String name, String function, int otherwise) {
        return sizesOr(p, name, 2, function, otherwise);
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
        f.define("avg_pool2d", new NativeFunction("avg_pool2d", (args, kwargs) -> {
            Params p = Params.parse("avg_pool2d", args, kwargs, "input", "kernel_size", "stride", "padding", "ceil_mode",
                    "count_include_pad", "divisor_override");
            int[] kernel = pair(p.required("kernel_size"), "avg_pool2d", "kernel_size");
            int[] stride = p.has("stride") && !(p.get("stride") instanceof PySequence s && s.items().isEmpty())
                    ? pair(p.get("stride"), "avg_pool2d", "stride") : kernel;
            return new PyTensor(AveragePooling.avgPool2d(p.tensor("input"), kernel, stride, pairOr(p, "padding", "avg_pool2d", 0),
                    p.flag("ceil_mode", false), p.flag("count_include_pad", true), p.optionalInt("divisor_override")));
        }));
        f.define("adaptive_avg_pool2d", new NativeFunction("adaptive_avg_pool2d", (args, kwargs) -> {
            Params p = Params.parse("adaptive_avg_pool2d", args, kwargs, "input", "output_size");
            Tensor input = p.tensor("input");
            int[] size = adaptiveSize(p.required("output_size"), input);
            return new PyTensor(AveragePooling.adaptiveAvgPool2d(input, size[0], size[1]));
        }));
        f.define("conv2d", new NativeFunction("conv2d", (args, kwargs) -> {
            Params p = Params.parse("conv2d", args, kwargs, "input", "weight", "bias", "stride", "padding", "dilation", "groups");
            return new PyTensor(Convolution.conv2d(p.tensor("input"), p.tensor("weight"), p.has("bias") ? p.tensor("bias") : null,
                    pairOr(p, "stride", "conv2d", 1), pairOr(p, "padding", "conv2d", 0), pairOr(p, "dilation", "conv2d", 1),
                    p.integer("groups", 1)));
        }));
        f.define("conv3d", new NativeFunction("conv3d", (args, kwargs) -> {
            Params p = Params.parse("conv3d", args, kwargs, "input", "weight", "bias", "stride", "padding", "dilation", "groups");
            return new PyTensor(Convolution.conv3d(p.tensor("input"), p.tensor("weight"), p.has("bias") ? p.tensor("bias") : null,
                    sizesOr(p, "stride", 3, "conv3d", 1), sizesOr(p, "padding", 3, "conv3d", 0), sizesOr(p, "dilation", 3, "conv3d", 1),
                    p.integer("groups", 1)));
        }));
        f.define("conv1d", new NativeFunction("conv1d", (args, kwargs) -> {
            Params p = Params.parse("conv1d", args, kwargs, "input", "weight", "bias", "stride", "padding", "dilation", "groups");
            return new PyTensor(Convolution.conv1d(p.tensor("input"), p.tensor("weight"), p.has("bias") ? p.tensor("bias") : null,
                    sizesOr(p, "stride", 1, "conv1d", 1)[0], sizesOr(p, "padding", 1, "conv1d", 0)[0],
                    sizesOr(p, "dilation", 1, "conv1d", 1)[0], p.integer("groups", 1)));
        }));
        f.define("max_pool2d", new NativeFunction("max_pool2d", (args, kwargs) -> {
            Params p = Params.parse("max_pool2d", args, kwargs, "input", "kernel_size", "stride", "padding", "dilation",
                    "ceil_mode", "return_indices");
            int[] kernel = pair(p.required("kernel_size"), "max_pool2d", "kernel_size");
            int[] stride = p.has("stride") && !(p.get("stride") instanceof PySequence s && s.items().isEmpty())
                    ? pair(p.get("stride"), "max_pool2d", "stride") : kernel;
            ValuesIndices r = Pooling.maxPool2dWithIndices(p.tensor("input"), kernel, stride, pairOr(p, "padding", "max_pool2d", 0),
                    pairOr(p, "dilation", "max_pool2d", 1), p.flag("ceil_mode", false));
            return p.flag("return_indices", false)
                    ? PySequence.tuple(List.of(new PyTensor(r.values()), new PyTensor(r.indices()))) : new PyTensor(r.values());
        }));
    }

    /** adaptive_avg_pool2d's output_size: an int, or a pair whose None keeps that input size. */
    private static int[] adaptiveSize(PyObject value, Tensor input) {
        if (value instanceof PySequence seq && seq.items().size() == 2) {
            int[] size = new int[2];
            for (int a = 0; a < 2; a++) {
                PyObject item = seq.items().get(a);
                size[a] = item == PyNone.NONE ? (int) input.size(input.dim() - 2 + a) : pair(item, "adaptive_avg_pool2d", "output_size")[0];
            }
            return size;
        }
        return pair(value, "adaptive_avg_pool2d", "output_size");
    }

    static void define(PyModule nn, PyModule functional) {
        nn.define("Conv1d", conv("Conv1d", 1, functional));
        nn.define("Conv2d", conv("Conv2d", 2, functional));
        nn.define("Conv3d", conv("Conv3d", 3, functional));
        PyType pool = LayerType.named("MaxPool2d", "torch.nn.modules.pooling")
                .required("kernel_size").optional("stride", PyNone.NONE).optional("padding", PyInt.of(0))
                .optional("dilation", PyInt.of(1)).optional("return_indices", PyBool.FALSE).optional("ceil_mode", PyBool.FALSE)
                .setup((self, p) -> {
                    if (!p.has("stride")) {
                        self.setDirectly("stride", p.get("kernel_size"));
                    }
                })
                .extraRepr(self -> "kernel_size=" + LayerType.attr(self, "kernel_size") + ", stride=" + LayerType.attr(self, "stride")
                        + ", padding=" + LayerType.attr(self, "padding") + ", dilation=" + LayerType.attr(self, "dilation")
                        + ", ceil_mode=" + LayerType.attr(self, "ceil_mode"))
                .forward("max_pool2d", 1, "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices")
                .build(functional);
        nn.define("MaxPool2d", pool);
        nn.define("AvgPool2d", LayerType.named("AvgPool2d", "torch.nn.modules.pooling")
                .required("kernel_size").optional("stride", PyNone.NONE).optional("padding", PyInt.of(0))
                .optional("ceil_mode", PyBool.FALSE).optional("count_include_pad", PyBool.TRUE).optional("divisor_override", PyNone.NONE)
                .setup((self, p) -> {
                    if (!p.has("stride")) {
                        self.setDirectly("stride", p.get("kernel_size"));
                    }
                })
                .extraRepr(self -> "kernel_size=" + LayerType.attr(self, "kernel_size") + ", stride=" + LayerType.attr(self, "stride")
                        + ", padding=" + LayerType.attr(self, "padding"))
                .forward("avg_pool2d", 1, "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override")
                .build(functional));
        nn.define("AdaptiveAvgPool2d", LayerType.named("AdaptiveAvgPool2d", "torch.nn.modules.pooling")
                .required("output_size")
                .extraRepr(self -> "output_size=" + LayerType.attr(self, "output_size"))
                .forward("adaptive_avg_pool2d", 1, "output_size")
                .build(functional));
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
        Tensor[] parameters = Linear.defaultParameters(weightShape, bias ? out : -1);
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
