package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.nn.BatchNorm;
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

/** nn.BatchNorm1d/2d/3d and F.batch_norm: affine parameters, running statistics as buffers, train/eval behaviour. */
final class BatchNormLayers {
    private BatchNormLayers() {
    }

    static void defineFunctional(PyModule f) {
        f.define("batch_norm", new NativeFunction("batch_norm", (args, kwargs) -> {
            Params p = Params.parse("batch_norm", args, kwargs, "input", "running_mean", "running_var", "weight", "bias",
                    "training", "momentum", "eps");
            return new PyTensor(BatchNorm.batchNorm(p.tensor("input"), optional(p, "running_mean"), optional(p, "running_var"),
                    optional(p, "weight"), optional(p, "bias"), p.flag("training", false), p.number("momentum", 0.1), p.number("eps", 1e-5)));
        }));
    }

    private static Tensor optional(Params p, String name) {
        return p.has(name) ? p.tensor(name) : null;
    }

    static void define(PyModule nn, PyModule functional) {
        nn.define("BatchNorm1d", layer("BatchNorm1d", functional, 2, 3, "expected 2D or 3D input"));
        nn.define("BatchNorm2d", layer("BatchNorm2d", functional, 4, 4, "expected 4D input"));
        nn.define("BatchNorm3d", layer("BatchNorm3d", functional, 5, 5, "expected 5D input"));
    }

    private static PyType layer(String name, PyModule functional, int minDim, int maxDim, String expected) {
        PyType type = LayerType.named(name, "torch.nn.modules.batchnorm")
                .required("num_features").optional("eps", new PyFloat(1e-5)).optional("momentum", new PyFloat(0.1))
                .optional("affine", PyBool.TRUE).optional("track_running_stats", PyBool.TRUE)
                .accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup(BatchNormLayers::setup)
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
            if (dim < minDim || dim > maxDim) {
                throw PythonException.of("ValueError", expected + " (got " + dim + "D input)");
            }
            return forward(self, input, functional);
        }));
        return type;
    }

    private static void setup(PyInstance self, Params p) {
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", "BatchNorm(device=, dtype=) is not supported by Torchlet yet; use .to()");
        }
        createState(self, p.longValue("num_features"));
    }

    /** The affine parameters and running statistics for {@code features} channels, as the layer's affine and track_running_stats ask. */
    static void createState(PyInstance self, long features) {
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

    static void register(PyInstance self, String name, PyObject value) {
        self.getAttribute("register_buffer").call(List.of(new PyStr(name), value), Map.of());
    }

    /** PyTorch's _BatchNorm.forward: count the batch, pick the averaging factor, use batch statistics when training. */
    private static PyObject forward(PyInstance self, PyTensor input, PyModule functional) {
        boolean training = self.getAttribute("training").isTruthy();
        boolean track = self.getAttribute("track_running_stats").isTruthy();
        PyObject momentum = self.getAttribute("momentum");
        PyObject factor = momentum == PyNone.NONE ? new PyFloat(0.0) : momentum;
        if (training && track && self.getAttribute("num_batches_tracked") instanceof PyTensor count) {
            count.tensor().data().copyFrom(count.tensor().add(Scalar.of(1L)));
            if (momentum == PyNone.NONE) {
                factor = new PyFloat(1.0 / count.tensor().itemAsLong());
            }
        }
        PyObject runningMean = self.getAttribute("running_mean");
        PyObject runningVar = self.getAttribute("running_var");
        boolean useBatchStats = training || (runningMean == PyNone.NONE && runningVar == PyNone.NONE);
        boolean passRunning = !training || track;
        return functional.getAttribute("batch_norm").call(List.of(input, passRunning ? runningMean : PyNone.NONE,
                passRunning ? runningVar : PyNone.NONE, self.getAttribute("weight"), self.getAttribute("bias"), PyBool.of(useBatchStats),
                factor, self.getAttribute("eps")), Map.of());
    }
}
