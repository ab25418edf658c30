package dev.torchlet.python.modules.data;

import dev.torchlet.engine.data.Sampling;
import dev.torchlet.engine.random.Generator;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Java helpers {@code torch.utils.data} (written in Python) draws its random choices with. */
public final class DataNatives {
    private DataNatives() {
    }

    /** A private random generator (what RandomSampler seeds for one pass over the data). */
    static final class PyGeneratorHandle extends PyObject {
        final Generator generator;

        PyGeneratorHandle(long seed) {
            this.generator = new Generator(seed);
        }

        @Override
        public String typeName() {
            return "torch._C.Generator";
        }
    }

    public static Map<String, PyObject> create() {
        Map<String, PyObject> natives = new LinkedHashMap<>();
        natives.put("_draw_seed", new NativeFunction("_draw_seed", (args, kwargs) -> PyInt.of(Sampling.drawSeed(generator(args, 0)))));
        natives.put("_generator", new NativeFunction("_generator", (args, kwargs) -> {
            if (!(args.get(0) instanceof PyInt seed)) {
                throw PythonException.of("TypeError", "manual_seed expected a long, but got " + args.get(0).typeName());
            }
            return new PyGeneratorHandle(seed.value());
        }));
        natives.put("_randperm", new NativeFunction("_randperm", (args, kwargs) ->
                indices(Sampling.permutation(size(args.get(0)), generator(args, 1)))));
        natives.put("_randint", new NativeFunction("_randint", (args, kwargs) ->
                indices(Sampling.withReplacement(size(args.get(0)), size(args.get(1)), generator(args, 2)))));
        natives.put("_is_tensor", new NativeFunction("_is_tensor", (args, kwargs) ->
                dev.torchlet.python.runtime.PyBool.of(args.get(0) instanceof dev.torchlet.python.modules.torch.PyTensor)));
        return natives;
    }

    private static Generator generator(List<PyObject> args, int position) {
        if (args.size() <= position || args.get(position) == PyNone.NONE) {
            return null;
        }
        if (args.get(position) instanceof PyGeneratorHandle handle) {
            return handle.generator;
        }
        if (args.get(position) instanceof dev.torchlet.python.modules.torch.PyGenerator given) {
            return given.generator();
        }
        throw PythonException.of("TypeError", "generator must be a torch.Generator, not " + args.get(position).typeName());
    }

    private static int size(PyObject value) {
        if (!(value instanceof PyInt count)) {
            throw PythonException.of("TypeError", "expected an int, not " + value.typeName());
        }
        long n = count.value();
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw PythonException.of("RuntimeError", "Trying to create tensor with negative dimension " + n + ": [" + n + "]");
        }
        return (int) n;
    }

    private static PyObject indices(long[] values) {
        List<PyObject> items = new ArrayList<>(values.length);
        for (long v : values) {
            items.add(PyInt.of(v));
        }
        return PySequence.list(items);
    }
}
