package dev.torchlet.python.modules.numpy;

import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;

/**
 * The {@code numpy} module as far as Torchlet has it: constants and the seeded legacy
 * {@code numpy.random} single draws. There is no ndarray yet.
 */
public final class NumpyModule {
    private NumpyModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("numpy");
        m.markPartial("Torchlet's numpy has its constants and numpy.random's single draws so far; no arrays yet");
        m.define("pi", new PyFloat(Math.PI));
        m.define("e", new PyFloat(Math.E));
        m.define("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.define("nan", new PyFloat(Double.NaN));
        m.define("newaxis", PyNone.NONE);
        m.define("random", NumpyRandomModule.create());
        return m;
    }
}
