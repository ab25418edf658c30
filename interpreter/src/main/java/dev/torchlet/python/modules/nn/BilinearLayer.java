package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.nn.Bilinear;
import dev.torchlet.engine.nn.Init;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/** nn.Bilinear and F.bilinear. */
final class BilinearLayer {
    private BilinearLayer() {
    }

    static void defineFunctional(PyModule f) {
        f.define("bilinear", new NativeFunction("bilinear", (args, kwargs) -> {
            Params p = Params.parse("bilinear", args, kwargs, "input1", "input2", "weight", "bias");
            return new PyTensor(Bilinear.bilinear(p.tensor("input1"), p.tensor("input2"), p.tensor("weight"),
                    p.has("bias") ? p.tensor("bias") : null));
        }));
    }

    static void define(PyModule nn, PyModule functional) {
        nn.define("Bilinear", LayerType.named("Bilinear", "torch.nn.modules.linear")
                .required("in1_features").required("in2_features").required("out_features")
                .accepted("bias", PyBool.TRUE).accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup(BilinearLayer::setup)
                .extraRepr(self -> "in1_features=" + LayerType.attr(self, "in1_features") + ", in2_features="
                        + LayerType.attr(self, "in2_features") + ", out_features=" + LayerType.attr(self, "out_features")
                        + ", bias=" + (self.getAttribute("bias") != PyNone.NONE ? "True" : "False"))
                .forward("bilinear", 2, "weight", "bias")
                .build(functional));
    }

    /** reset_parameters: weight (out, in1, in2) then bias (out), both U(±1/√in1), in that order. */
    private static void setup(PyInstance self, Params p) {
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", "Bilinear(device=, dtype=) is not supported by Torchlet yet; use .to() or .double()");
        }
        long in1 = p.longValue("in1_features");
        long out = p.longValue("out_features");
        double bound = 1 / Math.sqrt(in1);
        Tensor weight = Init.uniform_(Torch.zeros(out, in1, p.longValue("in2_features")), -bound, bound);
        ModuleType.setAttribute(self, "weight", Layers.parameter(weight));
        if (p.flag("bias", true)) {
            ModuleType.setAttribute(self, "bias", Layers.parameter(Init.uniform_(Torch.zeros(out), -bound, bound)));
        } else {
            self.getAttribute("register_parameter").call(List.of(new PyStr("bias"), PyNone.NONE), Map.of());
        }
    }
}
