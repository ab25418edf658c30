package dev.torchlet.python.modules.math;

import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/** {@code math.fsum}: Shewchuk's exact partial sums with CPython's final half-even correction. */
final class ExactSum {
    private ExactSum() {
    }

    static double fsum(List<PyObject> values) {
        List<Double> partials = new ArrayList<>();
        double specialSum = 0;
        double infSum = 0;
        for (PyObject value : values) {
            double x = Conversions.toDouble(value);
            double original = x;
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                // inf and nan bypass the partials; -inf + inf is an error below.
                specialSum += original;
                infSum += original;
                continue;
            }
            int i = 0;
            for (int p = 0; p < partials.size(); p++) {
                double y = partials.get(p);
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials.set(i++, lo);
                }
                x = hi;
            }
            if (Double.isInfinite(x)) {
                throw PythonException.of("OverflowError", "intermediate overflow in fsum");
            }
            while (partials.size() > i) {
                partials.remove(partials.size() - 1);
            }
            partials.add(x);
        }
        if (specialSum != 0.0 || Double.isNaN(specialSum)) {
            if (Double.isNaN(infSum)) {
                throw PythonException.of("ValueError", "-inf + inf in fsum");
            }
            return specialSum;
        }
        int n = partials.size();
        double hi = 0.0;
        if (n > 0) {
            hi = partials.get(--n);
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials.get(--n);
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Round half to even when the rest of the partials push a tie one way.
            if (n > 0 && ((lo < 0.0 && partials.get(n - 1) < 0.0) || (lo > 0.0 && partials.get(n - 1) > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
