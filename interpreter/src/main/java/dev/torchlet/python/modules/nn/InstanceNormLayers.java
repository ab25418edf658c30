package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.nn.InstanceNorm;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.NativeMethod;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/** nn.InstanceNorm1d/2d and F.instance_norm: per-sample, per-channel statistics; affine and running statistics off by default. */
final class InstanceNormLayers {
    private InstanceNormLayers() {
    }

    static void defineFunctional(PyModule f) {
        f.define("instance_norm", new NativeFunction("instance_norm", (args, kwargs) -> {
            Params p = Params.parse("instance_norm", args, kwargs, "input", "running_mean", "running_var", "weight", "bias",
                    "use_input_stats", "momentum", "eps");
            return new PyTensor(InstanceNorm.instanceNorm(p.tensor("input"), optional(p, "running_mean"), optional(p, "running_var"),
                    optional(p, "weight"), optional(p, "bias"), p.flag("use_input_stats", true), p.number("momentum", 0.1),
                    p.number("eps", 1e-5)));
        }));
    }

    private static Tensor optional(Params p, String name) {
        return p.has(name) ? p.tensor(name) : null;
    }

    static void define(PyModule nn, PyModule functional) {
        nn.define("InstanceNorm1d", layer("InstanceNorm1d", functional, 2, "expected 2D or 3D input"));
        nn.define("InstanceNorm2d", layer("InstanceNorm2d", functional, 3, "expected 3D or 4D input"));
    }

    /** {@code unbatched}: the input rank without a batch dimension, which forward unsqueezes. */
    private static PyType layer(String name, PyModule functional, int unbatched, String expected) {
        PyType type = LayerType.named(name, "torch.nn.modules.instancenorm")
                .required("num_features").optional("eps", new PyFloat(1e-5)).optional("momentum", new PyFloat(0.1))
                .optional("affine", PyBool.FALSE).optional("track_running_stats", PyBool.FALSE)
                .accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup((self, p) -> setup(self, p, name))
                .extraRepr(self -> LayerType.attr(self, "num_features") + ", eps=" + LayerType.attr(self, "eps") + ", momentum="
                        + LayerType.attr(self, "momentum") + ", affine=" + LayerType.attr(self, "affine") + ", track_running_stats="
                        + LayerType.attr(self, "track_running_stats"))
                .build(functional);
        type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            if (args.size() != 2 || !(args.get(1) instanceof PyTensor input)) {
                throw PythonException.of("TypeError", "forward() takes 2 positional arguments but " + args.size() + " were given");
            }
            int dim = input.tensor().dim();
            if (dim != unbatched && dim != unbatched + 1) {
                throw PythonException.of("ValueError", expected + " (got " + dim + "D input)");
            }
            Tensor x = dim == unbatched ? ShapeOps.unsqueeze(input.tensor(), 0) : input.tensor();
            boolean useInputStats = self.getAttribute("training").isTruthy() || !self.getAttribute("track_running_stats").isTruthy();
            PyObject out = functional.getAttribute("instance_norm").call(List.of(new PyTensor(x), self.getAttribute("running_mean"),
                    self.getAttribute("running_var"), self.getAttribute("weight"), self.getAttribute("bias"), PyBool.of(useInputStats),
                    self.getAttribute("momentum"), self.getAttribute("eps")), Map.of());
            return dim == unbatched ? new PyTensor(ShapeOps.squeeze(((PyTensor) out).tensor(), 0)) : out;
        }));
        return type;
    }

    private static void setup(PyInstance self, Params p, String name) {
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", name + "(device=, dtype=) is not supported by Torchlet yet; use .to()");
        }
        long features = p.longValue("num_features");
        if (self.getAttribute("affine").isTruthy()) {
            ModuleType.setAttribute(self, "weight", Layers.parameter(Torch.ones(features)));
            ModuleType.setAttribute(self, "bias", Layers.parameter(Torch.zeros(features)));
        } else {
            for (String n : new String[] {"weight", "bias"}) {
                self.getAttribute("register_parameter").call(List.of(new PyStr(n), PyNone.NONE), Map.of());
            }
        }
        boolean track = self.getAttribute("track_running_stats").isTruthy();
        register(self, "running_mean", track ? new PyTensor(Torch.zeros(features)) : PyNone.NONE);
        register(self, "running_var", track ? new PyTensor(Torch.ones(features)) : PyNone.NONE);
        register(self, "num_batches_tracked", track ? new PyTensor(Torch.full(new long[0], Scalar.of(0L), DType.INT64)) : PyNone.NONE);
    }

    private static void register(PyInstance self, String name, PyObject value) {
        self.getAttribute("register_buffer").call(List.of(new PyStr(name), value), Map.of());
    }
}
