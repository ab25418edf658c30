package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Torch;
import dev.torchlet.engine.nn.GroupNorm;
import dev.torchlet.engine.nn.LayerNorm;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * torch.nn.modules.normalization: nn.LayerNorm / F.layer_norm (normalized_shape as an int or a
 * sequence, optional elementwise affine) and nn.GroupNorm / F.group_norm.
 */
final class NormalizationLayers {
    private NormalizationLayers() {
    }

    static void defineFunctional(PyModule f) {
        f.define("layer_norm", new NativeFunction("layer_norm", (args, kwargs) -> {
            Params p = Params.parse("layer_norm", args, kwargs, "input", "normalized_shape", "weight", "bias", "eps");
            return new PyTensor(LayerNorm.layerNorm(p.tensor("input"), shape(p.required("normalized_shape")),
                    p.has("weight") ? p.tensor("weight") : null, p.has("bias") ? p.tensor("bias") : null, p.number("eps", 1e-5)));
        }));
        f.define("group_norm", new NativeFunction("group_norm", (args, kwargs) -> {
            Params p = Params.parse("group_norm", args, kwargs, "input", "num_groups", "weight", "bias", "eps");
            return new PyTensor(GroupNorm.groupNorm(p.tensor("input"), p.longValue("num_groups"),
                    p.has("weight") ? p.tensor("weight") : null, p.has("bias") ? p.tensor("bias") : null, p.number("eps", 1e-5)));
        }));
    }

    /** An int or a sequence of ints (torch.Size included). */
    private static long[] shape(PyObject value) {
        if (value instanceof PyInt i && !(value instanceof PyBool)) {
            return new long[] {i.value()};
        }
        // a list, tuple or torch.Size: anything tuple() accepts
        List<PyObject> items = value instanceof PySequence seq ? seq.items()
                : ((PySequence) PySequence.constructTuple(List.of(value), Map.of())).items();
        long[] shape = new long[items.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(items.get(i) instanceof PyInt n) || items.get(i) instanceof PyBool) {
                throw PythonException.of("TypeError", "layer_norm(): argument 'normalized_shape' must be tuple of ints, but found element of type "
                        + items.get(i).typeName() + " at pos " + i);
            }
            shape[i] = n.value();
        }
        return shape;
    }

    static void define(PyModule nn, PyModule functional) {
        nn.define("LayerNorm", LayerType.named("LayerNorm", "torch.nn.modules.normalization")
                .required("normalized_shape").optional("eps", new PyFloat(1e-5)).optional("elementwise_affine", PyBool.TRUE)
                .accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup(NormalizationLayers::layerSetup)
                .extraRepr(self -> "{normalized_shape}, eps={eps}, elementwise_affine={elementwise_affine}"
                        .replace("{normalized_shape}", self.getAttribute("normalized_shape").repr())
                        .replace("{eps}", LayerType.attr(self, "eps"))
                        .replace("{elementwise_affine}", LayerType.attr(self, "elementwise_affine")))
                .forward("layer_norm", 1, "normalized_shape", "weight", "bias", "eps")
                .build(functional));
        nn.define("GroupNorm", LayerType.named("GroupNorm", "torch.nn.modules.normalization")
                .required("num_groups").required("num_channels").optional("eps", new PyFloat(1e-5)).optional("affine", PyBool.TRUE)
                .accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup(NormalizationLayers::groupSetup)
                .extraRepr(self -> LayerType.attr(self, "num_groups") + ", " + LayerType.attr(self, "num_channels") + ", eps="
                        + LayerType.attr(self, "eps") + ", affine=" + LayerType.attr(self, "affine"))
                .forward("group_norm", 1, "num_groups", "weight", "bias", "eps")
                .build(functional));
    }

    private static void groupSetup(PyInstance self, Params p) {
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", "GroupNorm(device=, dtype=) is not supported by Torchlet yet; use .to()");
        }
        long groups = p.longValue("num_groups");
        long channels = p.longValue("num_channels");
        if (groups == 0 || channels % groups != 0) {
            throw PythonException.of("ValueError", "num_channels must be divisible by num_groups");
        }
        affine(self, p.flag("affine", true), new long[] {channels});
    }

    /** The affine weight starts at ones and the bias at zeros; without affine both are registered as None. */
    private static void affine(PyInstance self, boolean affine, long[] shape) {
        if (affine) {
            ModuleType.setAttribute(self, "weight", Layers.parameter(Torch.ones(shape)));
            ModuleType.setAttribute(self, "bias", Layers.parameter(Torch.zeros(shape)));
        } else {
            for (String n : new String[] {"weight", "bias"}) {
                self.getAttribute("register_parameter").call(List.of(new PyStr(n), PyNone.NONE), Map.of());
            }
        }
    }

    /** PyTorch keeps normalized_shape as a tuple. */
    private static void layerSetup(PyInstance self, Params p) {
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", "LayerNorm(device=, dtype=) is not supported by Torchlet yet; use .to()");
        }
        long[] shape = shape(p.required("normalized_shape"));
        List<PyObject> items = new ArrayList<>();
        for (long s : shape) {
            items.add(PyInt.of(s));
        }
        self.setDirectly("normalized_shape", PySequence.tuple(items));
        affine(self, p.flag("elementwise_affine", true), shape);
    }
}
