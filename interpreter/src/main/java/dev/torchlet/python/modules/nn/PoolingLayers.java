package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.engine.nn.AveragePooling;
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
import java.util.List;

/**
 * nn.MaxPool2d/3d, AvgPool2d/3d, AdaptiveAvgPool2d, AdaptiveMaxPool2d and their F functions (each
 * size an int or a tuple; the layers keep their arguments as given, as PyTorch's do).
 */
final class PoolingLayers {
    private PoolingLayers() {
    }

    static void defineFunctional(PyModule f) {
        for (int dims = 2; dims <= 3; dims++) {
            int spatial = dims;
            String avg = "avg_pool" + dims + "d";
            f.define(avg, new NativeFunction(avg, (args, kwargs) -> {
                Params p = Params.parse(avg, args, kwargs, "input", "kernel_size", "stride", "padding", "ceil_mode",
                        "count_include_pad", "divisor_override");
                int[] kernel = ConvLayers.sizes(p.required("kernel_size"), spatial, avg, "kernel_size");
                int[] stride = strideOrKernel(p, spatial, avg, kernel);
                int[] padding = ConvLayers.sizesOr(p, "padding", spatial, avg, 0);
                boolean ceil = p.flag("ceil_mode", false);
                boolean countIncludePad = p.flag("count_include_pad", true);
                Integer divisor = p.optionalInt("divisor_override");
                return new PyTensor(spatial == 2
                        ? AveragePooling.avgPool2d(p.tensor("input"), kernel, stride, padding, ceil, countIncludePad, divisor)
                        : AveragePooling.avgPool3d(p.tensor("input"), kernel, stride, padding, ceil, countIncludePad, divisor));
            }));
            String max = "max_pool" + dims + "d";
            f.define(max, new NativeFunction(max, (args, kwargs) -> {
                Params p = Params.parse(max, args, kwargs, "input", "kernel_size", "stride", "padding", "dilation",
                        "ceil_mode", "return_indices");
                int[] kernel = ConvLayers.sizes(p.required("kernel_size"), spatial, max, "kernel_size");
                int[] stride = strideOrKernel(p, spatial, max, kernel);
                int[] padding = ConvLayers.sizesOr(p, "padding", spatial, max, 0);
                int[] dilation = ConvLayers.sizesOr(p, "dilation", spatial, max, 1);
                boolean ceil = p.flag("ceil_mode", false);
                ValuesIndices r = spatial == 2 ? Pooling.maxPool2dWithIndices(p.tensor("input"), kernel, stride, padding, dilation, ceil)
                        : Pooling.maxPool3dWithIndices(p.tensor("input"), kernel, stride, padding, dilation, ceil);
                return valuesOrBoth(r, p.flag("return_indices", false));
            }));
        }
        f.define("adaptive_avg_pool2d", new NativeFunction("adaptive_avg_pool2d", (args, kwargs) -> {
            Params p = Params.parse("adaptive_avg_pool2d", args, kwargs, "input", "output_size");
            Tensor input = p.tensor("input");
            int[] size = adaptiveSize(p.required("output_size"), input, "adaptive_avg_pool2d");
            return new PyTensor(AveragePooling.adaptiveAvgPool2d(input, size[0], size[1]));
        }));
        f.define("adaptive_max_pool2d", new NativeFunction("adaptive_max_pool2d", (args, kwargs) -> {
            Params p = Params.parse("adaptive_max_pool2d", args, kwargs, "input", "output_size", "return_indices");
            Tensor input = p.tensor("input");
            int[] size = adaptiveSize(p.required("output_size"), input, "adaptive_max_pool2d");
            return valuesOrBoth(Pooling.adaptiveMaxPool2d(input, size[0], size[1]), p.flag("return_indices", false));
        }));
    }

    /** stride=None (or an empty tuple) means the kernel size. */
    private static int[] strideOrKernel(Params p, int dims, String function, int[] kernel) {
        return p.has("stride") && !(p.get("stride") instanceof PySequence s && s.items().isEmpty())
                ? ConvLayers.sizes(p.get("stride"), dims, function, "stride") : kernel;
    }

    private static PyObject valuesOrBoth(ValuesIndices r, boolean returnIndices) {
        return returnIndices ? PySequence.tuple(List.of(new PyTensor(r.values()), new PyTensor(r.indices()))) : new PyTensor(r.values());
    }

    /** An adaptive pooling's output_size: an int, or a pair whose None keeps that input size. */
    private static int[] adaptiveSize(PyObject value, Tensor input, String function) {
        if (value instanceof PySequence seq && seq.items().size() == 2) {
            int[] size = new int[2];
            for (int a = 0; a < 2; a++) {
                PyObject item = seq.items().get(a);
                size[a] = item == PyNone.NONE ? (int) input.size(input.dim() - 2 + a) : ConvLayers.pair(item, function, "output_size")[0];
            }
            return size;
        }
        return ConvLayers.pair(value, function, "output_size");
    }

    static void define(PyModule nn, PyModule functional) {
        for (int dims = 2; dims <= 3; dims++) {
            nn.define("MaxPool" + dims + "d", LayerType.named("MaxPool" + dims + "d", "torch.nn.modules.pooling")
                    .required("kernel_size").optional("stride", PyNone.NONE).optional("padding", PyInt.of(0))
                    .optional("dilation", PyInt.of(1)).optional("return_indices", PyBool.FALSE).optional("ceil_mode", PyBool.FALSE)
                    .setup(PoolingLayers::strideDefaultsToKernel)
                    .extraRepr(self -> "kernel_size=" + LayerType.attr(self, "kernel_size") + ", stride=" + LayerType.attr(self, "stride")
                            + ", padding=" + LayerType.attr(self, "padding") + ", dilation=" + LayerType.attr(self, "dilation")
                            + ", ceil_mode=" + LayerType.attr(self, "ceil_mode"))
                    .forward("max_pool" + dims + "d", 1, "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices")
                    .build(functional));
            nn.define("AvgPool" + dims + "d", LayerType.named("AvgPool" + dims + "d", "torch.nn.modules.pooling")
                    .required("kernel_size").optional("stride", PyNone.NONE).optional("padding", PyInt.of(0))
                    .optional("ceil_mode", PyBool.FALSE).optional("count_include_pad", PyBool.TRUE)
                    .optional("divisor_override", PyNone.NONE)
                    .setup(PoolingLayers::strideDefaultsToKernel)
                    .extraRepr(self -> "kernel_size=" + LayerType.attr(self, "kernel_size") + ", stride=" + LayerType.attr(self, "stride")
                            + ", padding=" + LayerType.attr(self, "padding"))
                    .forward("avg_pool" + dims + "d", 1, "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad",
                            "divisor_override")
                    .build(functional));
        }
        nn.define("AdaptiveAvgPool2d", LayerType.named("AdaptiveAvgPool2d", "torch.nn.modules.pooling")
                .required("output_size")
                .extraRepr(self -> "output_size=" + LayerType.attr(self, "output_size"))
                .forward("adaptive_avg_pool2d", 1, "output_size")
                .build(functional));
        nn.define("AdaptiveMaxPool2d", LayerType.named("AdaptiveMaxPool2d", "torch.nn.modules.pooling")
                .required("output_size").optional("return_indices", PyBool.FALSE)
                .extraRepr(self -> "output_size=" + LayerType.attr(self, "output_size"))
                .forward("adaptive_max_pool2d", 1, "output_size", "return_indices")
                .build(functional));
    }

    private static void strideDefaultsToKernel(PyInstance self, Params p) {
        if (!p.has("stride")) {
            self.setDirectly("stride", p.get("kernel_size"));
        }
    }
}
