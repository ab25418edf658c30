package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: built-in ({@code int}, {@code ValueError}, {@code torch.Tensor}) or defined by a
 * {@code class} statement. It holds the class namespace and the method resolution order; calling
 * it makes an instance.
 */
public class PyType extends PyObject {
    /** Built-in types by name, so every value of a type reports the same type object. */
    private static final Map<String, PyType> BUILTINS = new HashMap<>();

    public static final PyType OBJECT = new PyType("object", List.of(), null, true);

    /** Makes an instance from call arguments (a built-in type's constructor). */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs);
    }

    private final String name;
    private List<PyType> bases;
    private List<PyType> mro;
    private final Map<String, PyObject> namespace;
    private Constructor constructor;
    private final boolean builtin;
    /** The module the class is defined in, as its repr shows it ("" for built-ins). */
    private String module = "";

    static {
        BUILTINS.put("object", OBJECT);
        ObjectMethods.install(OBJECT);
    }

    protected PyType(String name, List<PyType> bases, Constructor constructor, boolean builtin) {
        this.name = name;
        this.bases = List.copyOf(bases.isEmpty() && !name.equals("object") ? List.of(OBJECT) : bases);
        this.namespace = new LinkedHashMap<>();
        this.constructor = constructor;
        this.builtin = builtin;
        this.mro = MethodResolutionOrder.linearize(this, this.bases);
    }

    /** A class made by a {@code class} statement. */
    public static PyType define(String name, List<PyType> bases, Map<String, PyObject> namespace) {
        for (PyType base : bases) {
            if (base.builtin && base.constructor != null && !base.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                throw PythonException.of("TypeError", "subclassing the built-in type '" + base.name
                        + "' is not supported by Torchlet yet");
            }
        }
        PyType type = new PyType(name, bases, null, false);
        type.module = "__main__";
        type.namespace.putAll(namespace);
        return type;
    }

    /**
     * A class implemented in Java that Python code can subclass ({@code torch.nn.Module}): its
     * methods are {@link NativeMethod}s in {@link #namespace()}, its instances {@link PyInstance}s
     * whose Java state lives in {@link PyInstance#nativeState()}.
     */
    public static PyType nativeClass(String name, String module, PyType base) {
        PyType type = new PyType(name, base == null ? List.of() : List.of(base), null, false);
        type.module = module;
        return type;
    }

    /** The built-in type named {@code name}; created bare (no constructor) if nothing registered it. */
    public static PyType builtin(String name) {
        PyType type = BUILTINS.get(name);
        if (type == null) {
            type = new PyType(name, List.of(), null, true);
            BUILTINS.put(name, type);
        }
        return type;
    }

    /** Registers a built-in type with a constructor (and base) — {@code int}, {@code list}, {@code bool(int)}. */
    public static PyType registerBuiltin(String name, PyType base, Constructor constructor) {
        PyType existing = BUILTINS.get(name);
        if (existing != null) {
            // Values may already have asked for their type: complete that object rather than replace it.
            if (existing.constructor == null) {
                existing.constructor = constructor;
            }
            if (base != null && !existing.isSubtypeOf(base)) {
                existing.bases = List.of(base);
                existing.mro = MethodResolutionOrder.linearize(existing, existing.bases);
            }
            return existing;
        }
        PyType type = new PyType(name, base == null ? List.of() : List.of(base), constructor, true);
        BUILTINS.put(name, type);
        return type;
    }

    public String name() {
        return name;
    }

    public List<PyType> mro() {
        return mro;
    }

    public List<PyType> bases() {
        return bases;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** Names the module of a type implemented in Java, for its repr ({@code <class 'torch.Tensor'>}). */
    public PyType inModule(String moduleName) {
        module = moduleName;
        return this;
    }

    /** The module name a repr shows before the class name ("" for built-ins). */
    public String module() {
        return module;
    }

    public Map<String, PyObject> namespace() {
        return namespace;
    }

    public boolean isSubtypeOf(PyType other) {
        return this == other || mro.contains(other);
    }

    /** The attribute {@code name} of this class or the first base that has it, unbound; null when none does. */
    public PyObject lookup(String attribute) {
        for (PyType t : mro) {
            PyObject value = t.namespace.get(attribute);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Like {@link #lookup} but starting after {@code after} in the MRO (what {@code super()} reads). */
    public PyObject lookupAfter(PyType after, String attribute) {
        int start = mro.indexOf(after) + 1;
        for (int i = start; i < mro.size(); i++) {
            PyObject value = mro.get(i).namespace.get(attribute);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String repr() {
        return module.isEmpty() ? "<class '" + name + "'>" : "<class '" + module + "." + name + "'>";
    }

    @Override
    public PyObject getAttribute(String attribute) {
        switch (attribute) {
            case "__name__", "__qualname__" -> {
                return new PyStr(name);
            }
            case "__mro__" -> {
                return PySequence.tuple(new ArrayList<>(mro));
            }
            case "__bases__" -> {
                return PySequence.tuple(new ArrayList<>(bases));
            }
            case "__dict__" -> {
                // CPython gives a read-only view of the class namespace; a snapshot reads the same.
                PyDict snapshot = new PyDict();
                namespace.forEach((key, value) -> snapshot.put(new PyStr(key), value));
                return snapshot;
            }
            default -> {
            }
        }
        PyObject value = lookup(attribute);
        if (value == null) {
            throw PythonException.of("AttributeError", "type object '" + name + "' has no attribute '" + attribute + "'");
        }
        return value.bindTo(null, this);
    }

    @Override
    public void setAttribute(String attribute, PyObject value) {
        if (builtin) {
            throw PythonException.of("TypeError", "cannot set '" + attribute + "' attribute of immutable type '" + name + "'");
        }
        namespace.put(attribute, value);
    }

    @Override
    public void deleteAttribute(String attribute) {
        if (builtin || namespace.remove(attribute) == null) {
            super.deleteAttribute(attribute);
        }
    }

    /** A new, not yet initialised instance of this (user-defined or exception) class. */
    public PyObject allocate() {
        if (isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return new PyInstance(this);
        }
        for (PyType t : mro) {
            if (t.builtin && t.constructor != null) {
                throw PythonException.of("TypeError", "cannot create '" + name + "' instances");
            }
        }
        return new PyInstance(this);
    }

    /** A {@code __new__} a class (or a base below object) defines, or null when instances are made by object's. */
    public PyObject customNew() {
        PyObject newMethod = lookup("__new__");
        if (newMethod == null || newMethod == OBJECT.namespace().get("__new__")) {
            return null;
        }
        return newMethod instanceof Descriptors.StaticMethod wrapped ? wrapped.bindTo(null, this) : newMethod;
    }

    @Override
    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (constructor != null) {
            return constructor.construct(args, kwargs);
        }
        if (builtin && this != OBJECT && !isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw PythonException.of("TypeError", "cannot create '" + name + "' instances");
        }
        PyObject customNew = customNew();
        PyObject instance;
        if (customNew == null) {
            instance = allocate();
        } else {
            // __new__ is implicitly static: it gets the class first, then the call's arguments.
            List<PyObject> withClass = new ArrayList<>(args.size() + 1);
            withClass.add(this);
            withClass.addAll(args);
            instance = customNew.call(withClass, kwargs);
            if (!instance.type().isSubtypeOf(this)) {
                return instance; // Python runs __init__ only on an instance of the class called
            }
        }
        PyObject init = lookup("__init__");
        List<PyObject> withSelf = new ArrayList<>(args.size() + 1);
        withSelf.add(instance);
        withSelf.addAll(args);
        PyObject result = init.call(withSelf, kwargs);
        if (result != null && result != PyNone.NONE) {
            throw PythonException.of("TypeError", "__init__() should return None, not '" + result.typeName() + "'");
        }
        return instance;
    }
}
