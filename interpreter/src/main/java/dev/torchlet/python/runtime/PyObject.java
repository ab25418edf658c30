package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/**
 * A Python value. Subclasses override what their type supports; everything else raises the
 * TypeError/AttributeError CPython would raise, with CPython's wording.
 */
public abstract class PyObject {
    /** The Python type name, as {@code type(x).__name__} gives it. */
    public abstract String typeName();

    /** {@code type(x)}: built-in values share one type object per type name. */
    public PyType type() {
        return PyType.builtin(typeName());
    }

    /**
     * What this value becomes when found as an attribute of a class and read through an instance
     * (Python's descriptor {@code __get__}): functions become bound methods; plain values stay.
     */
    public PyObject bindTo(PyObject instance, PyType owner) {
        return this;
    }

    /** {@code del x.name}. */
    public void deleteAttribute(String name) {
        throw PythonException.of("AttributeError", "'" + typeName() + "' object has no attribute '" + name + "'");
    }

    /** {@code del x[key]}. */
    public void delItem(PyObject key) {
        throw PythonException.of("TypeError", "'" + typeName() + "' object doesn't support item deletion");
    }

    /**
     * {@code hash(x)}: equal values hash equally (CPython's numeric hash for numbers, so dict keys
     * 1, 1.0 and True collide); by identity unless a type overrides it; mutable types raise.
     */
    public long hash() {
        return System.identityHashCode(this);
    }

    /** {@code repr(x)}. */
    public String repr() {
        return "<" + typeName() + " object>";
    }

    /** {@code str(x)}; defaults to repr like Python's object. */
    public String str() {
        return repr();
    }

    public boolean isTruthy() {
        return true;
    }

    public PyObject getAttribute(String name) {
        throw PythonException.of("AttributeError", "'" + typeName() + "' object has no attribute '" + name + "'");
    }

    public void setAttribute(String name, PyObject value) {
        throw PythonException.of("AttributeError", "'" + typeName() + "' object has no attribute '" + name + "'");
    }

    /** {@code callable(x)}: functions, methods and types; a class with {@code __call__} overrides this. */
    public boolean isCallable() {
        return switch (typeName()) {
            case "function", "builtin_function_or_method", "method", "method_descriptor", "type" -> true;
            default -> false;
        };
    }

    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        throw PythonException.of("TypeError", "'" + typeName() + "' object is not callable");
    }

    /** {@code this op other}, or null when this type does not handle {@code other} (Python's NotImplemented). */
    public PyObject binaryOp(String op, PyObject other) {
        return null;
    }

    /** {@code other op this} after {@code other} declined, or null (NotImplemented). */
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        return null;
    }

    /** {@code this op= other} in place (a mutable type's {@code __iadd__}…), or null to fall back to the binary operator. */
    public PyObject inplaceOp(String op, PyObject other) {
        return null;
    }

    /** Unary {@code -} and {@code +}. */
    public PyObject unaryOp(String op) {
        throw PythonException.of("TypeError", "bad operand type for unary " + op + ": '" + typeName() + "'");
    }

    /**
     * A rich comparison ({@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}), or
     * null when this type does not compare with {@code other} (Python's NotImplemented).
     */
    public PyObject compare(String op, PyObject other) {
        return null;
    }

    /** {@code iter(x)}. */
    public PyIterator iterate() {
        throw PythonException.of("TypeError", "'" + typeName() + "' object is not iterable");
    }

    /** {@code len(x)}. */
    public long length() {
        throw PythonException.of("TypeError", "object of type '" + typeName() + "' has no len()");
    }

    /** {@code item in x}; by default, by iterating and comparing with {@code is} then ==, as CPython. */
    public boolean contains(PyObject item) {
        PyIterator it = iterate();
        while (it.hasNext()) {
            PyObject candidate = it.next();
            if (candidate == item || Comparisons.equal(candidate, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code x[key]}. */
    public PyObject getItem(PyObject key) {
        throw PythonException.of("TypeError", "'" + typeName() + "' object is not subscriptable");
    }

    /** {@code x[key] = value}. */
    public void setItem(PyObject key, PyObject value) {
        throw PythonException.of("TypeError", "'" + typeName() + "' object does not support item assignment");
    }

    /** {@code __enter__}: what {@code with x as y} binds to y. */
    public PyObject enter() {
        throw PythonException.of("TypeError", "'" + typeName() + "' object does not support the context manager protocol");
    }

    /** {@code __exit__}, with the exception leaving the block or null; returns true to suppress that exception. */
    public boolean exit(PythonException leaving) {
        throw PythonException.of("TypeError", "'" + typeName() + "' object does not support the context manager protocol");
    }
}
