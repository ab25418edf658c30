package dev.torchlet.python.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** A module: a name and its attributes (native modules fill them from Java). */
public final class PyModule extends PyObject {
    private final String name;
    private final Map<String, PyObject> attributes;
    /** Said after "has no attribute" by a module Torchlet has only part of, so a learner knows why. */
    private String partialNote;
    /** Attributes made on first use (a submodule its package imports itself, such as torch.utils.data). */
    private final Map<String, java.util.function.Supplier<PyObject>> onFirstUse = new LinkedHashMap<>();

    public PyModule(String name) {
        this(name, new LinkedHashMap<>());
    }

    /** A module whose attributes are {@code namespace} itself (a module written in Python: its globals). */
    public PyModule(String name, Map<String, PyObject> namespace) {
        this.name = name;
        this.attributes = namespace;
    }

    public String name() {
        return name;
    }

    public PyModule define(String attribute, PyObject value) {
        attributes.put(attribute, value);
        return this;
    }

    /** The attribute names, in definition order (for {@code dir(module)}). */
    public java.util.Set<String> attributeNames() {
        return java.util.Collections.unmodifiableSet(attributes.keySet());
    }

    /** Marks this module as a partial version of a library: missing attributes say so. */
    public void markPartial(String note) {
        this.partialNote = note;
    }

    /** An attribute made by {@code make} the first time it is read, unless the module defines it before. */
    public void defineOnFirstUse(String attribute, java.util.function.Supplier<PyObject> make) {
        onFirstUse.put(attribute, make);
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute) || onFirstUse.containsKey(attribute);
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public String repr() {
        return "<module '" + name + "' (built-in)>";
    }

    @Override
    public PyObject getAttribute(String attribute) {
        PyObject value = attributes.get(attribute);
        if (value == null && onFirstUse.containsKey(attribute)) {
            value = onFirstUse.remove(attribute).get();
            attributes.put(attribute, value);
        }
        if (value == null) {
            throw PythonException.of("AttributeError", "module '" + name + "' has no attribute '" + attribute + "'"
                    + (partialNote == null ? "" : " (" + partialNote + ")"));
        }
        return value;
    }

    @Override
    public void setAttribute(String attribute, PyObject value) {
        attributes.put(attribute, value);
    }
}
