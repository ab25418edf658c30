package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.ExceptionTypes;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/** What {@code except C:} matches and what {@code raise X} raises, with CPython's errors for non-exceptions. */
final class ExceptionMatching {
    private ExceptionMatching() {
    }

    /** Whether the exception object {@code exception} is caught by {@code except cls} (a class or tuple of classes). */
    static boolean matches(PyObject exception, PyObject cls) {
        if (cls instanceof PySequence tuple && tuple.isTuple()) {
            for (PyObject item : tuple.items()) {
                if (matches(exception, item)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType type) || !type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw PythonException.of("TypeError", "catching classes that do not inherit from BaseException is not allowed");
        }
        return exception.type().isSubtypeOf(type);
    }

    /** {@code raise ValueError} raises an instance; {@code raise ValueError("x")} raises that instance. */
    static PyObject instantiate(PyObject raised) {
        if (raised instanceof PyType type && type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return type.call(List.of(), Map.of());
        }
        if (raised.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return raised;
        }
        throw PythonException.of("TypeError", "exceptions must derive from BaseException");
    }
}
