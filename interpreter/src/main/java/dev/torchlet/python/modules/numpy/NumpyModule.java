package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;

/**
 * The {@code numpy} module as far as Torchlet has it: constants and the seeded legacy
 * {@code numpy.random} draws, {@code ndarray} ({@link PyNdArray}) and the functions over it ({@link NumpyFunctions}).
 */
public final class NumpyModule {
    private NumpyModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("numpy");
        m.markPartial("Torchlet's numpy has ndarray (float64, float32, int64, int32, uint8, bool) with creation, "
                + "arithmetic, reductions, indexing, printing and the torch bridge, and numpy.random's legacy draws; "
                + "see interpreter/README.md for the list");
        m.define("pi", new PyFloat(Math.PI));
        m.define("e", new PyFloat(Math.E));
        m.define("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.define("nan", new PyFloat(Double.NaN));
        m.define("newaxis", PyNone.NONE);
        m.define("random", NumpyRandomModule.create());
        m.define("ndarray", PyNdArray.TYPE);
        for (dev.torchlet.engine.DType d : dev.torchlet.engine.DType.values()) {
            m.define(d == dev.torchlet.engine.DType.BOOL ? "bool_" : NumpyDType.name(d), NumpyScalarType.of(d));
        }
        m.define("float_", NumpyScalarType.of(dev.torchlet.engine.DType.FLOAT64));
        m.define("int_", NumpyScalarType.of(dev.torchlet.engine.DType.INT64));
        m.define("dtype", new dev.torchlet.python.runtime.NativeFunction("dtype", (args, kwargs) ->
                NumpyDType.of(NumpyDType.parse(NumpyArguments.bind("dtype", args, kwargs, "dtype").get("dtype", PyNone.NONE), DType.FLOAT64))));
        NumpyFunctions.define(m);
        return m;
    }
}
