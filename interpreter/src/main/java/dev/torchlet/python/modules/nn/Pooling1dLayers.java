package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.engine.nn.Pooling1d;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import java.util.List;

/** nn.MaxPool1d / AvgPool1d / AdaptiveAvgPool1d with their F functions (each size an int or a 1-tuple). */
final class Pooling1dLayers {
    private Pooling1dLayers() {
    }

    private static int single(PyObject value, String function, String name) {
        return ConvLayers.single(value, function, name);
    }

    /** stride defaults to kernel_size (None or an empty sequence). */
    private static int stride(Params p, String function, int kernel) {
        return p.has("stride") && !(p.get("stride") instanceof PySequence s && s.items().isEmpty())
                ? single(p.get("stride"), function, "stride") : kernel;
    }

    private static int singleOr(Params p, String name, String function, int otherwise) {
        return p.has(name) ? single(p.get(name), function, name) : otherwise;
    }

    static void defineFunctional(PyModule f) {
        f.define("adaptive_avg_pool1d", new NativeFunction("adaptive_avg_pool1d", (args, kwargs) -> {
            Params p = Params.parse("adaptive_avg_pool1d", args, kwargs, "input", "output_size");
            return new PyTensor(Pooling1d.adaptiveAvgPool1d(p.tensor("input"), single(p.required("output_size"), "adaptive_avg_pool1d",
                    "output_size")));
        }));
        f.define("max_pool1d", new NativeFunction("max_pool1d", (args, kwargs) -> {
            Params p = Params.parse("max_pool1d", args, kwargs, "input", "kernel_size", "stride", "padding", "dilation",
                    "ceil_mode", "return_indices");
            int kernel = single(p.required("kernel_size"), "max_pool1d", "kernel_size");
            ValuesIndices r = Pooling1d.maxPool1dWithIndices(p.tensor("input"), kernel, stride(p, "max_pool1d", kernel),
                    singleOr(p, "padding", "max_pool1d", 0), singleOr(p, "dilation", "max_pool1d", 1), p.flag("ceil_mode", false));
            return p.flag("return_indices", false)
                    ? PySequence.tuple(List.of(new PyTensor(r.values()), new PyTensor(r.indices()))) : new PyTensor(r.values());
        }));
        f.define("avg_pool1d", new NativeFunction("avg_pool1d", (args, kwargs) -> {
            Params p = Params.parse("avg_pool1d", args, kwargs, "input", "kernel_size", "stride", "padding", "ceil_mode",
                    "count_include_pad");
            int kernel = single(p.required("kernel_size"), "avg_pool1d", "kernel_size");
            return new PyTensor(Pooling1d.avgPool1d(p.tensor("input"), kernel, stride(p, "avg_pool1d", kernel),
                    singleOr(p, "padding", "avg_pool1d", 0), p.flag("ceil_mode", false), p.flag("count_include_pad", true)));
        }));
    }

    static void define(PyModule nn, PyModule functional) {
        nn.define("AdaptiveAvgPool1d", LayerType.named("AdaptiveAvgPool1d", "torch.nn.modules.pooling")
                .required("output_size")
                .extraRepr(self -> "output_size=" + LayerType.attr(self, "output_size"))
                .forward("adaptive_avg_pool1d", 1, "output_size")
                .build(functional));
        nn.define("MaxPool1d", LayerType.named("MaxPool1d", "torch.nn.modules.pooling")
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
                .forward("max_pool1d", 1, "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices")
                .build(functional));
        // AvgPool1d keeps its sizes as 1-tuples (_single), so its repr shows kernel_size=(2,)
        nn.define("AvgPool1d", LayerType.named("AvgPool1d", "torch.nn.modules.pooling")
                .required("kernel_size").optional("stride", PyNone.NONE).optional("padding", PyInt.of(0))
                .optional("ceil_mode", PyBool.FALSE).optional("count_include_pad", PyBool.TRUE)
                .setup((self, p) -> {
                    int kernel = single(p.get("kernel_size"), "AvgPool1d", "kernel_size");
                    self.setDirectly("kernel_size", oneTuple(kernel));
                    self.setDirectly("stride", oneTuple(stride(p, "AvgPool1d", kernel)));
                    self.setDirectly("padding", oneTuple(singleOr(p, "padding", "AvgPool1d", 0)));
                })
                .extraRepr(self -> "kernel_size=" + LayerType.attr(self, "kernel_size") + ", stride=" + LayerType.attr(self, "stride")
                        + ", padding=" + LayerType.attr(self, "padding"))
                .forward("avg_pool1d", 1, "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad")
                .build(functional));
    }

    private static PyObject oneTuple(int value) {
        return PySequence.tuple(List.of(PyInt.of(value)));
    }
}
