package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.nn.Init;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;

/** {@code torch.nn.init}: each initialiser fills its tensor in place and returns that same tensor. */
final class InitModule {
    private InitModule() {
    }

    private interface Fill {
        void run(Tensor t, Params p);
    }

    private static void define(PyModule init, String name, Fill fill, String... params) {
        init.define(name, new NativeFunction(name, (args, kwargs) -> {
            Params p = Params.parse(name, args, kwargs, params);
            fill.run(p.tensor("tensor"), p);
            return p.get("tensor");
        }));
    }

    static PyModule create() {
        PyModule init = new PyModule("torch.nn.init");
        define(init, "uniform_", (t, p) -> Init.uniform_(t, p.number("a", 0.0), p.number("b", 1.0)), "tensor", "a", "b");
        define(init, "normal_", (t, p) -> Init.normal_(t, p.number("mean", 0.0), p.number("std", 1.0)), "tensor", "mean", "std");
        define(init, "constant_", (t, p) -> Init.constant_(t, requiredScalar(p, "val")), "tensor", "val");
        define(init, "zeros_", (t, p) -> Init.constant_(t, Scalar.of(0L)), "tensor");
        define(init, "ones_", (t, p) -> Init.constant_(t, Scalar.of(1L)), "tensor");
        define(init, "xavier_uniform_", (t, p) -> Init.xavierUniform_(t, p.number("gain", 1.0)), "tensor", "gain");
        define(init, "xavier_normal_", (t, p) -> Init.xavierNormal_(t, p.number("gain", 1.0)), "tensor", "gain");
        define(init, "kaiming_uniform_", (t, p) -> Init.kaimingUniform_(t, p.number("a", 0.0), text(p, "mode", "fan_in"),
                text(p, "nonlinearity", "leaky_relu")), "tensor", "a", "mode", "nonlinearity");
        define(init, "kaiming_normal_", (t, p) -> Init.kaimingNormal_(t, p.number("a", 0.0), text(p, "mode", "fan_in"),
                text(p, "nonlinearity", "leaky_relu")), "tensor", "a", "mode", "nonlinearity");
        define(init, "eye_", (t, p) -> Init.eye_(t), "tensor");
        define(init, "dirac_", (t, p) -> Init.dirac_(t, p.has("groups") ? p.longValue("groups") : 1), "tensor", "groups");
        define(init, "trunc_normal_", (t, p) -> Init.truncNormal_(t, p.number("mean", 0.0), p.number("std", 1.0), p.number("a", -2.0),
                p.number("b", 2.0)), "tensor", "mean", "std", "a", "b");
        define(init, "orthogonal_", (t, p) -> Init.orthogonal_(t, p.number("gain", 1.0)), "tensor", "gain");
        init.define("calculate_gain", new NativeFunction("calculate_gain", (args, kwargs) -> {
            Params p = Params.parse("calculate_gain", args, kwargs, "nonlinearity", "param");
            String nonlinearity = p.required("nonlinearity").str();
            return new PyFloat(Init.calculateGain(nonlinearity, p.has("param") ? p.number("param", 0.01) : null));
        }));
        return init;
    }

    private static Scalar requiredScalar(Params p, String name) {
        Scalar value = p.scalar(name);
        if (value == null) {
            throw PythonException.of("TypeError", "constant_() missing 1 required positional argument: '" + name + "'");
        }
        return value;
    }

    private static String text(Params p, String name, String otherwise) {
        PyObject value = p.get(name);
        return value == null ? otherwise : value.str();
    }
}
