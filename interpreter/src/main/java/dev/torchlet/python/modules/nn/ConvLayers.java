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
import java.util.List;
import java.util.Map;

/** nn.Conv2d and nn.MaxPool2d with F.conv2d and F.max_pool2d (an int or a pair for each size). */
final class ConvLayers {
    private ConvLayers() {
    }

    /** An int or a 2-sequence of ints as (height, width). */
    static int[] pair(PyObject value, String function, String name) {
        if (value instanceof PyInt i && !(value instanceof PyBool)) {
            return new int[] {(int) i.value(), (int) i.value()};
        }
        if (value instanceof PySequence seq && seq.items().size() == 2 && seq.items().get(0) instanceof PyInt a
                && seq.items().get(1) instanceof PyInt b) {
            return new int[] {(int) a.value(), (int) b.value()};
        }
        if (value instanceof PyStr) {
            throw PythonException.of("NotImplementedError", function + "(" + name + "=" + value.repr() + ") is not supported by Torchlet yet");
        }
        throw PythonException.of("TypeError", function + "(): argument '" + name + "' must be tuple of ints, not " + value.typeName());
    }

    private static int[] pairOr(Params p, String name, String function, int otherwise) {
        return p.has(name) ? pair(p.get(name), function, name) : new int[] {otherwise, otherwise};
    }

    private static PyObject tuple(int[] values) {
        return PySequence.tuple(List.of(PyInt.of(values[0]), PyInt.of(values[1])));
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
        LayerType conv = LayerType.named("Conv2d", "torch.nn.modules.conv")
                .required("in_channels").required("out_channels")
                .accepted("kernel_size", null).accepted("stride", PyInt.of(1)).accepted("padding", PyInt.of(0))
                .accepted("dilation", PyInt.of(1)).optional("groups", PyInt.of(1)).accepted("bias", PyBool.TRUE)
                .optional("padding_mode", new PyStr("zeros")).accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup(ConvLayers::convSetup)
                .extraRepr(ConvLayers::convRepr);
        PyType convType = conv.build(functional);
        convType.namespace().put("forward", new dev.torchlet.python.runtime.NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            if (args.size() != 2) {
                throw PythonException.of("TypeError", "forward() takes 2 positional arguments but " + args.size() + " were given");
            }
            return functional.getAttribute("conv2d").call(List.of(args.get(1), self.getAttribute("weight"), self.getAttribute("bias"),
                    self.getAttribute("stride"), self.getAttribute("padding"), self.getAttribute("dilation"), self.getAttribute("groups")),
                    Map.of());
        }));
        nn.define("Conv2d", convType);
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

    private static void convSetup(PyInstance self, Params p) {
        if (!p.has("kernel_size")) {
            throw PythonException.of("TypeError", "__init__() missing 1 required positional argument: 'kernel_size'");
        }
        long in = p.longValue("in_channels");
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
        if ((p.has("padding_mode") && !p.get("padding_mode").str().equals("zeros")) || p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", "Conv2d(padding_mode=, device=, dtype=) other than the defaults is not supported by Torchlet yet");
        }
        int[] kernel = pair(p.get("kernel_size"), "Conv2d", "kernel_size");
        self.setDirectly("kernel_size", tuple(kernel));
        self.setDirectly("stride", tuple(pairOr(p, "stride", "Conv2d", 1)));
        self.setDirectly("padding", tuple(pairOr(p, "padding", "Conv2d", 0)));
        self.setDirectly("dilation", tuple(pairOr(p, "dilation", "Conv2d", 1)));
        boolean bias = p.flag("bias", true);
        Tensor[] parameters = Linear.defaultParameters(new long[] {out, in / groups, kernel[0], kernel[1]}, bias);
        ModuleType.setAttribute(self, "weight", Layers.parameter(parameters[0]));
        if (bias) {
            ModuleType.setAttribute(self, "bias", Layers.parameter(parameters[1]));
        } else {
            self.getAttribute("register_parameter").call(List.of(new PyStr("bias"), PyNone.NONE), Map.of());
        }
    }

    /** PyTorch's _ConvNd.extra_repr: non-default settings only. */
    private static String convRepr(PyInstance self) {
        StringBuilder s = new StringBuilder(LayerType.attr(self, "in_channels")).append(", ").append(LayerType.attr(self, "out_channels"))
                .append(", kernel_size=").append(LayerType.attr(self, "kernel_size")).append(", stride=").append(LayerType.attr(self, "stride"));
        if (!LayerType.attr(self, "padding").equals("(0, 0)")) {
            s.append(", padding=").append(LayerType.attr(self, "padding"));
        }
        if (!LayerType.attr(self, "dilation").equals("(1, 1)")) {
            s.append(", dilation=").append(LayerType.attr(self, "dilation"));
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
