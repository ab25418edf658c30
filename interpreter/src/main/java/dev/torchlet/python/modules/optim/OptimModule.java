package dev.torchlet.python.modules.optim;

import dev.torchlet.engine.optim.Adagrad;
import dev.torchlet.engine.optim.Adam;
import dev.torchlet.engine.optim.AdamW;
import dev.torchlet.engine.optim.Optimizer;
import dev.torchlet.engine.optim.RMSprop;
import dev.torchlet.engine.optim.SGD;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code torch.optim}: the optimizers (PyTorch 1.13's signatures) and {@code torch.optim.lr_scheduler}. */
public final class OptimModule {
    private OptimModule() {
    }

    /** How an optimizer's engine object is made from engine-side params and the given options. */
    private interface Factory {
        Optimizer create(List<?> params, Map<String, Object> options);
    }

    public static PyModule create() {
        PyModule optim = new PyModule("torch.optim");
        // Each: the Python signature after params (positional count, names), and the engine class.
        define(optim, "SGD", 5, SGD::new, "lr", "momentum", "dampening", "weight_decay", "nesterov",
                "maximize", "foreach", "differentiable");
        define(optim, "Adam", 5, Adam::new, "lr", "betas", "eps", "weight_decay", "amsgrad",
                "foreach", "maximize", "capturable", "differentiable", "fused");
        define(optim, "AdamW", 5, AdamW::new, "lr", "betas", "eps", "weight_decay", "amsgrad",
                "maximize", "foreach", "capturable");
        define(optim, "RMSprop", 9, RMSprop::new, "lr", "alpha", "eps", "weight_decay", "momentum", "centered",
                "foreach", "maximize", "differentiable");
        define(optim, "Adagrad", 6, Adagrad::new, "lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps",
                "foreach", "maximize");
        optim.define("lr_scheduler", SchedulerModule.create());
        return optim;
    }

    private static void define(PyModule optim, String name, int positional, Factory factory, String... options) {
        String[] names = new String[options.length + 1];
        names[0] = "params";
        System.arraycopy(options, 0, names, 1, options.length);
        Signature signature = new Signature(name + ".__init__", 1, positional + 1, names);
        optim.define(name, new NativeFunction(name, (args, kwargs) -> {
            Map<String, PyObject> bound = signature.bind(args, kwargs);
            Map<String, Object> given = new LinkedHashMap<>();
            for (Map.Entry<String, PyObject> entry : bound.entrySet()) {
                if (!entry.getKey().equals("params")) {
                    given.put(entry.getKey(), OptionValues.toJava(entry.getValue()));
                }
            }
            return new PyOptimizer(bound.get("params"), params -> factory.create(params, given));
        }));
    }
}
