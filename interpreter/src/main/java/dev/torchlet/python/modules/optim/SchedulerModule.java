package dev.torchlet.python.modules.optim;

import dev.torchlet.engine.optim.CosineAnnealingLR;
import dev.torchlet.engine.optim.ExponentialLR;
import dev.torchlet.engine.optim.LRScheduler;
import dev.torchlet.engine.optim.LambdaLR;
import dev.torchlet.engine.optim.MultiStepLR;
import dev.torchlet.engine.optim.OneCycleLR;
import dev.torchlet.engine.optim.ReduceLROnPlateau;
import dev.torchlet.engine.optim.StepLR;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/** {@code torch.optim.lr_scheduler}: PyTorch 1.13's schedulers, with their signatures and defaults. */
final class SchedulerModule {
    private SchedulerModule() {
    }

    /** Builds the engine scheduler from the bound arguments. */
    private interface Factory {
        LRScheduler create(dev.torchlet.engine.optim.Optimizer optimizer, Arguments a, long lastEpoch);
    }

    /** The bound arguments, with PyTorch's defaults for those not given. */
    private record Arguments(Map<String, PyObject> bound) {
        double number(String name, double fallback) {
            PyObject v = bound.get(name);
            if (v == null) {
                return fallback;
            }
            Object java = OptionValues.toJava(v);
            if (java instanceof Number n) {
                return n.doubleValue();
            }
            if (java instanceof Boolean b) {
                return b ? 1 : 0;
            }
            throw PythonException.of("TypeError", "'" + name + "' must be a number, not " + v.typeName());
        }

        long integer(String name, long fallback) {
            PyObject v = bound.get(name);
            if (v == null) {
                return fallback;
            }
            if (!(v instanceof PyInt i)) {
                throw PythonException.of("TypeError", "'" + name + "' must be an int, not " + v.typeName());
            }
            return i.value();
        }

        String text(String name, String fallback) {
            PyObject v = bound.get(name);
            return v == null ? fallback : v.str();
        }

        boolean flag(String name, boolean fallback) {
            PyObject v = bound.get(name);
            return v == null ? fallback : v.isTruthy();
        }

        /** A number for every param group, or one list/tuple of them (PyTorch's {@code _format_param}). */
        double[] perGroup(String name, double fallback, int groups) {
            PyObject v = bound.get(name);
            if (v instanceof PySequence s) {
                if (s.items().size() != groups) {
                    throw PythonException.of("ValueError", "expected " + groups + " values for " + name + ", got " + s.items().size());
                }
                double[] values = new double[groups];
                for (int i = 0; i < groups; i++) {
                    if (!(OptionValues.toJava(s.items().get(i)) instanceof Number n)) {
                        throw PythonException.of("TypeError", name + " values must be numbers, not " + s.items().get(i).typeName());
                    }
                    values[i] = n.doubleValue();
                }
                return values;
            }
            double[] values = new double[groups];
            java.util.Arrays.fill(values, number(name, fallback));
            return values;
        }
    }

    static PyModule create() {
        PyModule module = new PyModule("torch.optim.lr_scheduler");
        define(module, "StepLR", 1, (o, a, last) -> new StepLR(o, a.integer("step_size", 0), a.number("gamma", 0.1), last),
                "step_size", "gamma");
        define(module, "MultiStepLR", 1, (o, a, last) -> new MultiStepLR(o, milestones(a.bound().get("milestones")), a.number("gamma", 0.1), last),
                "milestones", "gamma");
        define(module, "ExponentialLR", 1, (o, a, last) -> new ExponentialLR(o, a.number("gamma", 0), last), "gamma");
        define(module, "CosineAnnealingLR", 1, (o, a, last) -> new CosineAnnealingLR(o, a.number("T_max", 0), a.number("eta_min", 0), last),
                "T_max", "eta_min");
        define(module, "LambdaLR", 1, (o, a, last) -> new LambdaLR(o, lambdas(a.bound().get("lr_lambda")), last), "lr_lambda");
        define(module, "OneCycleLR", 1, SchedulerModule::oneCycle, "max_lr", "total_steps", "epochs", "steps_per_epoch",
                "pct_start", "anneal_strategy", "cycle_momentum", "base_momentum", "max_momentum", "div_factor",
                "final_div_factor", "three_phase");
        Signature plateau = new Signature("ReduceLROnPlateau.__init__", 1, 10, "optimizer", "mode", "factor", "patience", "threshold",
                "threshold_mode", "cooldown", "min_lr", "eps", "verbose");
        module.define("ReduceLROnPlateau", new NativeFunction("ReduceLROnPlateau", (args, kwargs) -> {
            Arguments a = new Arguments(plateau.bind(args, kwargs));
            PyOptimizer optimizer = optimizerOf(a);
            int groups = optimizer.engine().paramGroups().size();
            PyObject minLr = a.bound().get("min_lr");
            if (minLr instanceof PySequence s && s.items().size() != groups) {
                throw PythonException.of("ValueError", "expected " + groups + " min_lrs, got " + s.items().size());
            }
            optimizer.pushToEngine();
            ReduceLROnPlateau engine = new ReduceLROnPlateau(optimizer.engine(), a.text("mode", "min"), a.number("factor", 0.1),
                    a.integer("patience", 10), a.number("threshold", 1e-4), a.text("threshold_mode", "rel"), a.integer("cooldown", 0),
                    a.perGroup("min_lr", 0, groups), a.number("eps", 1e-8));
            return new PyScheduler("ReduceLROnPlateau", optimizer, null, engine);
        }));
        return module;
    }

    private static void define(PyModule module, String name, int required, Factory factory, String... options) {
        String[] names = new String[options.length + 3];
        names[0] = "optimizer";
        System.arraycopy(options, 0, names, 1, options.length);
        names[options.length + 1] = "last_epoch";
        names[options.length + 2] = "verbose";
        Signature signature = new Signature(name + ".__init__", required + 1, names.length, names);
        module.define(name, new NativeFunction(name, (args, kwargs) -> {
            Arguments a = new Arguments(signature.bind(args, kwargs));
            PyOptimizer optimizer = optimizerOf(a);
            optimizer.pushToEngine();
            LRScheduler engine = factory.create(optimizer.engine(), a, a.integer("last_epoch", -1));
            optimizer.pullFromEngine();
            return new PyScheduler(name, optimizer, engine, null);
        }));
    }

    private static PyOptimizer optimizerOf(Arguments a) {
        PyObject optimizer = a.bound().get("optimizer");
        if (!(optimizer instanceof PyOptimizer o)) {
            throw PythonException.of("TypeError", optimizer.typeName() + " is not an Optimizer");
        }
        if (a.flag("verbose", false)) {
            throw PythonException.of("NotImplementedError", "verbose=True is not supported by Torchlet yet");
        }
        return o;
    }

    private static List<Long> milestones(PyObject value) {
        List<Long> milestones = new ArrayList<>();
        var it = value.iterate();
        while (it.hasNext()) {
            PyObject m = it.next();
            if (!(m instanceof PyInt i)) {
                throw PythonException.of("TypeError", "milestones must be integers, not " + m.typeName());
            }
            milestones.add(i.value());
        }
        return milestones;
    }

    /** Python callables as the engine's functions of the epoch (they run in the program's VM). */
    private static List<LongToDoubleFunction> lambdas(PyObject value) {
        List<PyObject> callables = value instanceof PySequence s ? s.items() : List.of(value);
        List<LongToDoubleFunction> functions = new ArrayList<>();
        for (PyObject callable : callables) {
            functions.add(epoch -> {
                PyObject factor = callable.call(List.of(PyInt.of(epoch)), Map.of());
                Object java = OptionValues.toJava(factor);
                if (java instanceof Number n) {
                    return n.doubleValue();
                }
                if (java instanceof Boolean b) {
                    return b ? 1 : 0;
                }
                throw PythonException.of("TypeError", "unsupported operand type(s) for *: 'float' and '" + factor.typeName() + "'");
            });
        }
        return functions;
    }

    private static LRScheduler oneCycle(dev.torchlet.engine.optim.Optimizer optimizer, Arguments a, long lastEpoch) {
        long totalSteps;
        if (a.bound().get("total_steps") == null && a.bound().get("epochs") == null && a.bound().get("steps_per_epoch") == null) {
            throw PythonException.of("ValueError", "You must define either total_steps OR (epochs AND steps_per_epoch)");
        } else if (a.bound().get("total_steps") != null && a.bound().get("total_steps") != dev.torchlet.python.runtime.PyNone.NONE) {
            PyObject t = a.bound().get("total_steps");
            if (!(t instanceof PyInt) || ((PyInt) t).value() <= 0) {
                throw PythonException.of("ValueError", "Expected positive integer total_steps, but got " + t.str());
            }
            totalSteps = ((PyInt) t).value();
        } else {
            for (String name : new String[] {"epochs", "steps_per_epoch"}) {
                PyObject v = a.bound().get(name);
                if (!(v instanceof PyInt i) || i.value() <= 0) {
                    throw PythonException.of("ValueError", "Expected positive integer " + name + ", but got " + (v == null ? "None" : v.str()));
                }
            }
            totalSteps = a.integer("epochs", 0) * a.integer("steps_per_epoch", 0);
        }
        PyObject pct = a.bound().get("pct_start");
        if (pct != null && !(pct instanceof dev.torchlet.python.runtime.PyFloat)) {
            throw PythonException.of("ValueError", "Expected float between 0 and 1 pct_start, but got " + pct.str());
        }
        String strategy = a.text("anneal_strategy", "cos");
        if (!strategy.equals("cos") && !strategy.equals("linear")) {
            throw PythonException.of("ValueError", "anneal_strategy must by one of 'cos' or 'linear', instead got " + strategy);
        }
        int groups = optimizer.paramGroups().size();
        OneCycleLR.Settings settings = new OneCycleLR.Settings(a.number("pct_start", 0.3), strategy.equals("cos"),
                a.flag("cycle_momentum", true), a.number("base_momentum", 0.85), a.number("max_momentum", 0.95),
                a.number("div_factor", 25.0), a.number("final_div_factor", 1e4), a.flag("three_phase", false));
        return new OneCycleLR(optimizer, a.perGroup("max_lr", 0, groups), totalSteps, settings, lastEpoch);
    }
}
