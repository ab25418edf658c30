package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.random.Generator;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.Generator()}: a CPU random generator of its own (PyTorch's default seed until
 * {@code manual_seed}), for the {@code generator=} arguments of torch.utils.data and
 * {@code torch.randperm}.
 */
public final class PyGenerator extends PyObject {
    private static final long DEFAULT_SEED = 67280421310721L;

    private final Generator generator = new Generator(DEFAULT_SEED);

    public Generator generator() {
        return generator;
    }

    /** {@code torch.Generator(device='cpu')}. */
    static PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("Generator", kwargs, "device");
        PyObject device = args.isEmpty() ? kwargs.get("device") : args.get(0);
        if (args.size() > 1 || (device != null && !device.str().equals("cpu"))) {
            throw PythonException.of("RuntimeError", "Torchlet's torch.Generator is a CPU generator (device='cpu')");
        }
        return new PyGenerator();
    }

    @Override
    public String typeName() {
        return "Generator";
    }

    @Override
    public String repr() {
        return "<torch._C.Generator object>";
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "manual_seed" -> new NativeFunction("manual_seed", (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords("manual_seed", kwargs);
                if (args.size() != 1 || !(args.get(0) instanceof PyInt seed)) {
                    throw PythonException.of("TypeError", "manual_seed expected a long, but got "
                            + (args.isEmpty() ? "nothing" : args.get(0).typeName()));
                }
                generator.manualSeed(seed.value());
                return this;
            });
            case "initial_seed" -> new NativeFunction("initial_seed", (args, kwargs) -> PyInt.of(generator.initialSeed()));
            case "device" -> new dev.torchlet.python.runtime.PyStr("cpu");
            default -> super.getAttribute(name);
        };
    }
}
