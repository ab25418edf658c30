package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.random.Generator;
import dev.torchlet.engine.random.GeneratorState;
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
            case "initial_seed" -> new NativeFunction(name, (args, kwargs) -> initialSeed(generator));
            case "seed" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(reseed(generator)));
            case "device" -> new PyStr("cpu");
            case "get_state" -> new NativeFunction(name, (args, kwargs) -> {
                if (!args.isEmpty() || !kwargs.isEmpty()) {
                    throw PythonException.of("TypeError", "Generator.get_state() takes no arguments (" + (args.size() + kwargs.size())
                            + " given)");
                }
                return stateTensor(generator);
            });
            case "set_state" -> new NativeFunction(name, (args, kwargs) -> {
                restore(generator, Params.parse("set_state", args, kwargs, "new_state").required("new_state"));
                return this;
            });
            default -> super.getAttribute(name);
        };
    }

    /** PyTorch keeps the seed as an unsigned 64-bit number: manual_seed(-1) reads back as 2**64 - 1. */
    private static PyInt initialSeed(Generator generator) {
        long seed = generator.initialSeed();
        return seed >= 0 ? PyInt.of(seed) : PyInt.of(java.math.BigInteger.valueOf(seed).add(java.math.BigInteger.ONE.shiftLeft(64)));
    }

    /** {@code get_state()}: a new uint8 tensor of PyTorch's serialised generator state. */
    private static PyTensor stateTensor(Generator generator) {
        byte[] bytes = generator.state().toBytes();
        return new PyTensor(dev.torchlet.engine.TensorValues.unsignedBytes(bytes, 0, new long[] {bytes.length}));
    }

    /** {@code set_state(new_state)}, with PyTorch's checks in its order. */
    private static void restore(Generator generator, PyObject state) {
        if (!(state instanceof PyTensor given)) {
            throw PythonException.of("TypeError", "expected a torch.ByteTensor, but got " + state.typeName());
        }
        dev.torchlet.engine.Tensor t = given.tensor();
        if (t.dtype() != dev.torchlet.engine.DType.UINT8) {
            throw PythonException.of("TypeError", "RNG state must be a torch.ByteTensor");
        }
        if (!t.isContiguous()) {
            throw PythonException.of("RuntimeError", "RNG state must be contiguous");
        }
        byte[] bytes = new byte[(int) t.numel()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) t.longAt(i);
        }
        generator.restore(GeneratorState.fromBytes(bytes));
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
                initialSeed(Generator.processDefault())));
        torch.define("get_rng_state", new NativeFunction("get_rng_state", (args, kwargs) -> {
            if (!args.isEmpty()) {
                throw PythonException.of("TypeError", "get_rng_state() takes 0 positional arguments but " + args.size()
                        + (args.size() == 1 ? " was" : " were") + " given");
            }
            Params.parse("get_rng_state", args, kwargs);
            return stateTensor(Generator.processDefault());
        }));
        torch.define("set_rng_state", new NativeFunction("set_rng_state", (args, kwargs) -> {
            restore(Generator.processDefault(), Params.parse("set_rng_state", args, kwargs, "new_state").required("new_state"));
            return dev.torchlet.python.runtime.PyNone.NONE;
        }));
        // torch.random holds the same seeding and state functions.
        PyModule random = new PyModule("torch.random");
        for (String name : new String[] {"manual_seed", "seed", "initial_seed", "get_rng_state", "set_rng_state"}) {
            random.define(name, torch.getAttribute(name));
        }
        torch.define("random", random);
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
