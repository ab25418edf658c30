package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.python.runtime.InstanceCheck;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's legacy tensor types: {@code torch.Tensor(...)} (also the type of every tensor, for
 * {@code isinstance}), {@code torch.FloatTensor(...)}, {@code LongTensor}, … — built from data
 * ({@code torch.Tensor([1, 2])}) or from sizes ({@code torch.Tensor(2, 3)}, zero-filled here where
 * PyTorch leaves memory uninitialised) — and {@code tensor.type()} with their names.
 */
final class LegacyConstructors {
    private LegacyConstructors() {
    }

    private static final String[] NAMES = {"FloatTensor", "DoubleTensor", "LongTensor", "IntTensor", "ByteTensor", "BoolTensor"};
    private static final DType[] TYPES = {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT32, DType.UINT8, DType.BOOL};

    static void define(PyModule torch) {
        PyType tensorType = PyType.registerBuiltin("Tensor", null, (args, kwargs) -> construct("Tensor", DType.FLOAT32, args, kwargs))
                .inModule("torch");
        torch.define("Tensor", tensorType);
        for (int i = 0; i < NAMES.length; i++) {
            String name = NAMES[i];
            DType dtype = TYPES[i];
            torch.define(name, new LegacyType(name, dtype));
        }
    }

    /**
     * {@code torch.FloatTensor} and friends: callable constructors that {@code tensor.type(...)} also
     * accepts, and {@code isinstance(t, torch.FloatTensor)} tests the dtype (every tensor is on the cpu here).
     */
    private static final class LegacyType extends PyObject implements InstanceCheck {
        private final String name;
        private final DType dtype;

        LegacyType(String name, DType dtype) {
            this.name = name;
            this.dtype = dtype;
        }

        @Override
        public String typeName() {
            return "tensortype";
        }

        @Override
        public String repr() {
            return "<class 'torch." + name + "'>";
        }

        @Override
        public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
            return construct(name, dtype, args, kwargs);
        }

        @Override
        public boolean isInstance(PyObject object) {
            return object instanceof PyTensor t && t.tensor().dtype() == dtype;
        }

        @Override
        public PyObject getAttribute(String attribute) {
            return switch (attribute) {
                case "__name__" -> new PyStr(name);
                case "dtype" -> PyDType.of(dtype);
                case "is_cuda" -> dev.torchlet.python.runtime.PyBool.of(false);
                default -> super.getAttribute(attribute);
            };
        }
    }

    private static PyObject construct(String name, DType dtype, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords(name, kwargs);
        boolean sizes = args.isEmpty() || args.get(0) instanceof PyInt;
        if (sizes) {
            // No arguments is an empty 1-d tensor (size [0]), not a 0-d one.
            long[] shape = args.isEmpty() ? new long[] {0} : Arguments.shape(name, args);
            return new PyTensor(Torch.full(shape, Scalar.of(0L), dtype));
        }
        if (args.size() != 1) {
            throw PythonException.of("TypeError", "new() received an invalid combination of arguments");
        }
        PyObject data = args.get(0);
        if (data instanceof PyTensor t) {
            return new PyTensor(t.tensor().to(dtype));
        }
        if (!(data instanceof PySequence)) {
            throw PythonException.of("TypeError", "new(): invalid data type '" + data.typeName() + "'");
        }
        return new PyTensor(Torch.tensor(Arguments.data(data), dtype));
    }

    /** {@code torch.FloatTensor} etc.: the legacy name of a dtype. */
    static String legacyName(DType dtype) {
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i] == dtype) {
                return "torch." + NAMES[i];
            }
        }
        throw new IllegalStateException(dtype.toString());
    }

    /** {@code tensor.type()} (the legacy name) or {@code tensor.type(dtype or 'torch.XTensor')} (a converted tensor). */
    static PyObject type(Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse("type", args, kwargs, "dtype");
        if (!p.has("dtype")) {
            return new PyStr(legacyName(t.dtype()));
        }
        PyObject target = p.get("dtype");
        if (target instanceof PyDType d) {
            return new PyTensor(t.to(d.dtype()));
        }
        if (target instanceof LegacyType legacy) {
            return new PyTensor(t.to(legacy.dtype));
        }
        if (target instanceof PyStr s) {
            for (int i = 0; i < NAMES.length; i++) {
                if (s.value().equals("torch." + NAMES[i])) {
                    return new PyTensor(t.to(TYPES[i]));
                }
            }
            throw PythonException.of("ValueError", "invalid type: '" + s.value() + "'");
        }
        throw PythonException.of("TypeError", "type() argument must be a dtype or a type name, not " + target.typeName());
    }
}
