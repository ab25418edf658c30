package dev.torchlet.python.stdlib;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;

/** {@code time}: clocks for timing training loops. {@code sleep} waits without blocking other work only where the host can. */
final class TimeModule {
    private TimeModule() {
    }

    static PyModule create() {
        PyModule time = new PyModule("time");
        time.define("time", new NativeFunction("time", (args, kwargs) -> new PyFloat(System.currentTimeMillis() / 1000.0)));
        time.define("time_ns", new NativeFunction("time_ns", (args, kwargs) -> PyInt.of(System.currentTimeMillis() * 1_000_000L)));
        NativeFunction perfCounter = new NativeFunction("perf_counter", (args, kwargs) -> new PyFloat(System.nanoTime() / 1e9));
        time.define("perf_counter", perfCounter);
        time.define("monotonic", perfCounter);
        time.define("process_time", perfCounter);
        time.define("perf_counter_ns", new NativeFunction("perf_counter_ns", (args, kwargs) -> PyInt.of(System.nanoTime())));
        time.define("sleep", new NativeFunction("sleep", (args, kwargs) -> {
            double seconds = seconds(args);
            // A program's pause must not freeze the page: wait by the clock, at most a few seconds.
            long until = System.nanoTime() + (long) (Math.min(seconds, 5.0) * 1e9);
            while (System.nanoTime() < until) {
                // Busy wait: neither the browser worker nor TeaVM offers a blocking sleep.
            }
            return PyNone.NONE;
        }));
        return time;
    }

    private static double seconds(List<PyObject> args) {
        if (args.size() != 1 || !(args.get(0) instanceof PyInt || args.get(0) instanceof PyFloat)) {
            throw PythonException.of("TypeError", "sleep() takes exactly one number argument");
        }
        double seconds = args.get(0) instanceof PyInt i ? i.value() : ((PyFloat) args.get(0)).value();
        if (seconds < 0) {
            throw PythonException.of("ValueError", "sleep length must be non-negative");
        }
        return seconds;
    }
}
