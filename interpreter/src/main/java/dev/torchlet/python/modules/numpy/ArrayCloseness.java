package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.FloatChecks;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import java.util.Arrays;

/**
 * {@code np.isclose}, {@code np.allclose} ({@code |a - b| <= atol + rtol * |b|}, infinities close only
 * to themselves, {@code equal_nan}) on the engine's {@link FloatChecks}, and {@code np.array_equal}.
 */
final class ArrayCloseness {
    private ArrayCloseness() {
    }

    static void define(PyModule m) {
        for (String name : new String[] {"isclose", "allclose"}) {
            m.define(name, new NativeFunction(name, (args, kwargs) -> {
                NumpyArguments a = NumpyArguments.bind(name, args, kwargs, "a", "b", "rtol", "atol", "equal_nan");
                Tensor x = NumpyFunctions.asArray(a.get("a", PyNone.NONE)).tensor();
                Tensor y = NumpyFunctions.asArray(a.get("b", PyNone.NONE)).tensor();
                ArrayOperators.checkBroadcast(x, y);
                DType type = NumpyPromotion.floating(NumpyPromotion.arrays(x.dtype(), y.dtype()));
                double rtol = Conversions.toDouble(a.get("rtol", new PyFloat(1e-05)));
                double atol = Conversions.toDouble(a.get("atol", new PyFloat(1e-08)));
                boolean equalNan = a.get("equal_nan", PyBool.FALSE).isTruthy();
                Tensor close = FloatChecks.isclose(x.to(type), y.to(type), rtol, atol, equalNan);
                if (name.equals("isclose")) {
                    return PyNdArray.wrapResult(close);
                }
                for (long i = 0; i < close.numel(); i++) {
                    if (close.longAt(i) == 0) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            }));
        }
        m.define("array_equal", new NativeFunction("array_equal", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("array_equal", args, kwargs, "a1", "a2");
            Tensor x = NumpyFunctions.asArray(a.get("a1", PyNone.NONE)).tensor();
            Tensor y = NumpyFunctions.asArray(a.get("a2", PyNone.NONE)).tensor();
            if (!Arrays.equals(x.shape(), y.shape())) {
                return PyBool.FALSE;
            }
            for (long i = 0; i < x.numel(); i++) {
                boolean floating = x.dtype().isFloatingPoint() || y.dtype().isFloatingPoint();
                boolean equal = floating ? x.doubleAt(i) == y.doubleAt(i) : x.longAt(i) == y.longAt(i);
                if (!equal) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
    }
}
