package dev.torchlet.python.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance of a class defined in Python (or of an exception class): its attributes, and the
 * special methods of its class standing in for Python's operators and protocols.
 */
public final class PyInstance extends PyObject {
    private PyType type;
    private final Map<String, PyObject> attributes = new LinkedHashMap<>();
    /** For an exception object: its raised form, which carries the traceback. */
    private PythonException raisedAs;
    /** Java state of an instance of a class implemented in Java (see {@link PyType#nativeClass}). */
    private Object nativeState;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String typeName() {
        return type.name();
    }

    /** {@code self.__class__ = other}: what a lazy nn layer does on its first forward (LazyLinear becomes Linear). */
    public void changeType(PyType other) {
        type = other;
    }

    PythonException raisedAs() {
        return raisedAs;
    }

    void setRaisedAs(PythonException exception) {
        raisedAs = exception;
    }

    public Object nativeState() {
        return nativeState;
    }

    public void setNativeState(Object state) {
        nativeState = state;
    }

    /** The instance's own attributes ({@code __dict__}). */
    public Map<String, PyObject> attributes() {
        return attributes;
    }

    /** Calls special method {@code name} if the class (not only {@code object}) defines it; else null. */
    private PyObject callSpecial(String name, PyObject... args) {
        PyObject method = type.lookup(name);
        if (method == null || ObjectMethods.isDefault(method)) {
            return null;
        }
        return method.bindTo(this, type).call(List.of(args), Map.of());
    }

    private static PyObject orNull(PyObject result) {
        return result == PyNotImplemented.NOT_IMPLEMENTED ? null : result;
    }

    @Override
    public PyObject getAttribute(String name) {
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__dict__")) {
            // A snapshot: changes to it do not reach the instance (Torchlet keeps attributes in Java).
            PyDict snapshot = new PyDict();
            attributes.forEach((key, value) -> snapshot.setItem(new PyStr(key), value));
            return snapshot;
        }
        PyObject classAttribute = type.lookup(name);
        if (classAttribute instanceof Descriptors.Property) {
            return classAttribute.bindTo(this, type);
        }
        PyObject own = attributes.get(name);
        if (own != null) {
            return own;
        }
        if (classAttribute != null) {
            return classAttribute.bindTo(this, type);
        }
        PyObject fallback = type.lookup("__getattr__");
        if (fallback != null) {
            return fallback.bindTo(this, type).call(List.of(new PyStr(name)), Map.of());
        }
        throw PythonException.of("AttributeError", "'" + type.name() + "' object has no attribute '" + name + "'");
    }

    @Override
    public void setAttribute(String name, PyObject value) {
        PyObject custom = type.lookup("__setattr__");
        if (custom != null && !ObjectMethods.isDefault(custom)) {
            custom.bindTo(this, type).call(List.of(new PyStr(name), value), Map.of());
            return;
        }
        setDirectly(name, value);
    }

    /** {@code object.__setattr__}: a property's setter, else the instance's own attribute. */
    public void setDirectly(String name, PyObject value) {
        if (type.lookup(name) instanceof Descriptors.Property property) {
            property.set(this, name, value);
            return;
        }
        attributes.put(name, value);
    }

    @Override
    public void deleteAttribute(String name) {
        if (type.lookup(name) instanceof Descriptors.Property property) {
            property.delete(this, name);
            return;
        }
        if (attributes.remove(name) == null) {
            throw PythonException.of("AttributeError", "'" + type.name() + "' object has no attribute '" + name + "'");
        }
    }

    @Override
    public String repr() {
        PyObject text = callSpecial("__repr__");
        if (text == null) {
            return ObjectMethods.defaultRepr(this);
        }
        return requireString(text, "__repr__");
    }

    @Override
    public String str() {
        PyObject text = callSpecial("__str__");
        return text == null ? repr() : requireString(text, "__str__");
    }

    private static String requireString(PyObject text, String method) {
        if (!(text instanceof PyStr s)) {
            throw PythonException.of("TypeError", method + " returned non-string (type " + text.typeName() + ")");
        }
        return s.value();
    }

    @Override
    public boolean isTruthy() {
        PyObject result = callSpecial("__bool__");
        if (result != null) {
            if (!(result instanceof PyBool)) {
                throw PythonException.of("TypeError", "__bool__ should return bool, returned " + result.typeName());
            }
            return result.isTruthy();
        }
        if (type.lookup("__len__") != null) {
            return length() != 0;
        }
        return true;
    }

    @Override
    public boolean isCallable() {
        return type.lookup("__call__") != null;
    }

    @Override
    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject method = type.lookup("__call__");
        if (method == null) {
            return super.call(args, kwargs);
        }
        return method.bindTo(this, type).call(args, kwargs);
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        String name = SpecialMethods.binary(op);
        return name == null ? null : orNull(callSpecial(name, other));
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        String name = SpecialMethods.reflected(op);
        return name == null ? null : orNull(callSpecial(name, other));
    }

    @Override
    public PyObject inplaceOp(String op, PyObject other) {
        String name = SpecialMethods.inplace(op);
        return name == null ? null : orNull(callSpecial(name, other));
    }

    @Override
    public PyObject unaryOp(String op) {
        String name = SpecialMethods.unary(op);
        PyObject result = name == null ? null : callSpecial(name);
        return result != null ? result : super.unaryOp(op);
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        PyObject result = orNull(callSpecial(SpecialMethods.comparison(op), other));
        if (result == null && op.equals("!=")) {
            PyObject equal = orNull(callSpecial("__eq__", other));
            return equal == null ? null : PyBool.of(!equal.isTruthy());
        }
        return result;
    }

    /** {@code __hash__}; a class that defines {@code __eq__} without it is unhashable, as in Python. */
    @Override
    public long hash() {
        PyObject method = type.lookup("__hash__");
        if (method == PyNone.NONE || (method == null && type.lookup("__eq__") != null)) {
            throw PythonException.of("TypeError", "unhashable type: '" + type.name() + "'");
        }
        PyObject result = callSpecial("__hash__");
        if (result == null) {
            return super.hash();
        }
        if (!(result instanceof PyInt n)) {
            throw PythonException.of("TypeError", "__hash__ method should return an integer");
        }
        return n.hash();
    }

    @Override
    public PyIterator iterate() {
        PyObject iterator = callSpecial("__iter__");
        if (iterator == null) {
            if (type.lookup("__getitem__") != null) {
                return new PyIterator(PullIterator.ofIndexing(this));
            }
            return super.iterate();
        }
        if (iterator instanceof PyIterator native_) {
            return native_;
        }
        return new PyIterator(PullIterator.ofNextMethod(iterator));
    }

    @Override
    public long length() {
        PyObject result = callSpecial("__len__");
        if (result == null) {
            return super.length();
        }
        if (!(result instanceof PyInt n)) {
            throw PythonException.of("TypeError", "'" + result.typeName() + "' object cannot be interpreted as an integer");
        }
        if (n.value() < 0) {
            throw PythonException.of("ValueError", "__len__() should return >= 0");
        }
        return n.value();
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject result = callSpecial("__contains__", item);
        return result != null ? result.isTruthy() : super.contains(item);
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject result = callSpecial("__getitem__", key);
        return result != null ? result : super.getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (callSpecial("__setitem__", key, value) == null) {
            super.setItem(key, value);
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (callSpecial("__delitem__", key) == null) {
            super.delItem(key);
        }
    }

    @Override
    public PyObject enter() {
        PyObject result = callSpecial("__enter__");
        return result != null ? result : super.enter();
    }

    @Override
    public boolean exit(PythonException leaving) {
        if (type.lookup("__exit__") == null) {
            return super.exit(leaving);
        }
        PyObject result = leaving == null
                ? callSpecial("__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE)
                : callSpecial("__exit__", leaving.value().type(), leaving.value(), PyNone.NONE);
        return result != null && result.isTruthy();
    }
}
