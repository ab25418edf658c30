package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.nn.Convolution;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.NativeMethod;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PySlice;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** nn.ConvTranspose1d/2d/3d and F.conv_transpose1d/2d/3d, with forward's output_size choosing the output padding. */
final class TransposedConvLayers {
    private TransposedConvLayers() {
    }

    static void defineFunctional(PyModule f) {
        for (int dims = 1; dims <= 3; dims++) {
            String name = "conv_transpose" + dims + "d";
            int spatial = dims;
            f.define(name, new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "input", "weight", "bias", "stride", "padding", "output_padding", "groups",
                        "dilation");
                return new PyTensor(Convolution.convTranspose(name, p.tensor("input"), p.tensor("weight"),
                        p.has("bias") ? p.tensor("bias") : null, ConvLayers.sizesOr(p, "stride", spatial, name, 1),
                        ConvLayers.sizesOr(p, "padding", spatial, name, 0), ConvLayers.sizesOr(p, "output_padding", spatial, name, 0),
                        p.integer("groups", 1), ConvLayers.sizesOr(p, "dilation", spatial, name, 1)));
            }));
        }
    }

    static void define(PyModule nn, PyModule functional) {
        for (int dims = 1; dims <= 3; dims++) {
            nn.define("ConvTranspose" + dims + "d", layer("ConvTranspose" + dims + "d", dims, functional));
        }
    }

    private static PyType layer(String name, int dims, PyModule functional) {
        PyType type = LayerType.named(name, "torch.nn.modules.conv")
                .required("in_channels").required("out_channels")
                .accepted("kernel_size", null).accepted("stride", PyInt.of(1)).accepted("padding", PyInt.of(0))
                .accepted("output_padding", PyInt.of(0)).optional("groups", PyInt.of(1)).accepted("bias", PyBool.TRUE)
                .accepted("dilation", PyInt.of(1)).optional("padding_mode", new PyStr("zeros"))
                .accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup((self, p) -> {
                    ConvLayers.convSetup(self, p, name, dims, true, p.longValue("in_channels"));
                    ConvLayers.resetParameters(self, p.flag("bias", true));
                })
                .extraRepr(ConvLayers::convRepr)
                .build(functional);
        String function = "conv_transpose" + dims + "d";
        type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            Params p = Params.parse("forward", args.subList(1, args.size()), kwargs, "input", "output_size");
            PyObject input = p.required("input");
            PyObject outputPadding = p.has("output_size") && input instanceof PyTensor t
                    ? outputPadding(self, t, p.get("output_size"), dims, name) : self.getAttribute("output_padding");
            return functional.getAttribute(function).call(List.of(input, self.getAttribute("weight"), self.getAttribute("bias"),
                    self.getAttribute("stride"), self.getAttribute("padding"), outputPadding, self.getAttribute("groups"),
                    self.getAttribute("dilation")), Map.of());
        }));
        return type;
    }

    /**
     * The output padding that makes the output {@code outputSize} (spatial sizes, optionally
     * preceded by the batch and channel sizes): each must lie between the smallest output the
     * input gives and that plus stride − 1.
     */
    private static PyObject outputPadding(PyInstance self, PyTensor input, PyObject outputSize, int dims, String name) {
        int nonSpatial = input.tensor().dim() == dims + 2 ? 2 : 1;
        if (outputSize.length() == nonSpatial + dims) {
            outputSize = outputSize.getItem(new PySlice(PyInt.of(nonSpatial), PyNone.NONE, PyNone.NONE));
        }
        if (outputSize.length() != dims) {
            throw PythonException.of("ValueError", "ConvTranspose" + dims + "D: for " + input.tensor().dim() + "D input, output_size must have "
                    + dims + " or " + (nonSpatial + dims) + " elements (got " + outputSize.length() + ")");
        }
        int[] stride = ConvLayers.sizes(self.getAttribute("stride"), dims, name, "stride");
        int[] padding = ConvLayers.sizes(self.getAttribute("padding"), dims, name, "padding");
        int[] dilation = ConvLayers.sizes(self.getAttribute("dilation"), dims, name, "dilation");
        int[] kernel = ConvLayers.sizes(self.getAttribute("kernel_size"), dims, name, "kernel_size");
        int[] requested = ConvLayers.sizes(PySequence.tuple(items(outputSize)), dims, name, "output_size");
        int[] padded = new int[dims];
        List<PyObject> smallest = new ArrayList<>();
        List<PyObject> largest = new ArrayList<>();
        boolean outside = false;
        for (int d = 0; d < dims; d++) {
            int min = ((int) input.tensor().size(d + nonSpatial) - 1) * stride[d] - 2 * padding[d] + dilation[d] * (kernel[d] - 1) + 1;
            int max = min + stride[d] - 1;
            smallest.add(PyInt.of(min));
            largest.add(PyInt.of(max));
            outside |= requested[d] < min || requested[d] > max;
            padded[d] = requested[d] - min;
        }
        if (outside) {
            PyObject inputSize = input.getAttribute("shape").getItem(new PySlice(PyInt.of(2), PyNone.NONE, PyNone.NONE));
            throw PythonException.of("ValueError", "requested an output size of " + outputSize.str() + ", but valid sizes range from "
                    + PySequence.list(smallest).str() + " to " + PySequence.list(largest).str() + " (for an input of " + inputSize.str() + ")");
        }
        return ConvLayers.tuple(padded);
    }

    private static List<PyObject> items(PyObject sequence) {
        List<PyObject> items = new ArrayList<>();
        var iterator = sequence.iterate();
        while (iterator.hasNext()) {
            items.add(iterator.next());
        }
        return items;
    }
}
