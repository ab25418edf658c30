package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.random.Generator;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.Generator}: a random stream of its own ({@code manual_seed}, {@code initial_seed},
 * {@code seed}, {@code device}), passed to random functions as {@code generator=g};
 * {@code torch.default_generator} is the one {@code torch.manual_seed} seeds; {@code torch.seed()}
 * and {@code torch.initial_seed()}. Random functions take {@code generator=} through {@link #wrap}.
 */
public final class PyGenerator extends PyObject {
    private static final long DEFAULT_SEED = 67280421310721L;
    private static long nondeterministicCounter;

    private final Generator generator;

    PyGenerator(Generator generator) {
        this.generator = generator;
    }

    public Generator generator() {
        return generator;
    }

    @Override
    public String typeName() {
        return "Generator";
    }

    @Override
    public String repr() {
        return "<torch._C.Generator object at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16)
                + ">";
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "manual_seed" -> new NativeFunction(name, (args, kwargs) -> {
                Params p = Params.parse(name, args, kwargs, "seed");
                generator.manualSeed(p.longValue("seed"));
                return this;
            });
            case "initial_seed" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(generator.initialSeed()));
            case "seed" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(reseed(generator)));
            case "device" -> new PyStr("cpu");
            case "get_state", "set_state" -> new NativeFunction(name, (args, kwargs) -> {
                throw PythonException.of("NotImplementedError", "Generator." + name + "() is not supported by Torchlet yet");
            });
            default -> super.getAttribute(name);
        };
    }

    /** A fresh non-deterministic seed (PyTorch reads the OS; here the clock, mixed), applied and returned. */
    private static long reseed(Generator generator) {
        long seed = (System.nanoTime() ^ (++nondeterministicCounter * 0x9E3779B97F4A7C15L)) & 0x7fffffffffffffffL;
        generator.manualSeed(seed);
        return seed;
    }

    static void define(PyModule torch) {
        torch.define("Generator", new NativeFunction("Generator", (args, kwargs) -> {
            Params p = Params.parse("Generator", args, kwargs, "device");
            if (p.has("device") && !"cpu".equals(String.valueOf(p.get("device").str()))) {
                throw PythonException.of("NotImplementedError", "torch.Generator on device " + p.get("device").str()
                        + " is not supported by Torchlet yet");
            }
            return new PyGenerator(new Generator(DEFAULT_SEED));
        }));
        PyGenerator defaultGenerator = new PyGenerator(Generator.processDefault());
        torch.define("default_generator", defaultGenerator);
        // torch.manual_seed returns the default generator, as PyTorch's does.
        PyObject manualSeed = torch.getAttribute("manual_seed");
        torch.define("manual_seed", new NativeFunction("manual_seed", (args, kwargs) -> {
            manualSeed.call(args, kwargs);
            return defaultGenerator;
        }));
        torch.define("seed", new NativeFunction("seed", (args, kwargs) -> PyInt.of(reseed(Generator.processDefault()))));
        torch.define("initial_seed", new NativeFunction("initial_seed", (args, kwargs) ->
                PyInt.of(Generator.processDefault().initialSeed())));
        for (String name : new String[] {"rand", "randn", "randint", "randperm", "normal", "bernoulli", "multinomial",
            "randint_like"}) {
            if (torch.has(name)) {
                torch.define(name, wrap(name, torch.getAttribute(name)));
            }
        }
    }

    /** {@code function} taking {@code generator=g} too: it runs drawing from g. */
    static PyObject wrap(String name, PyObject function) {
        return new NativeFunction(name, (args, kwargs) -> call(function, args, kwargs));
    }

    static PyObject call(PyObject function, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject given = kwargs.get("generator");
        if (given == null) {
            return function.call(args, kwargs);
        }
        Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kwargs);
        rest.remove("generator");
        if (given == dev.torchlet.python.runtime.PyNone.NONE) {
            return function.call(args, rest);
        }
        if (!(given instanceof PyGenerator g)) {
            throw PythonException.of("TypeError", "generator must be a torch.Generator, not " + given.typeName());
        }
        return Generator.drawingFrom(g.generator, () -> function.call(args, rest));
    }
}
