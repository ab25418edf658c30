package dev.torchlet.python.modules.matplotlib;

import dev.torchlet.python.runtime.PyObject;

/** What a drawing call returns (a Line2D, a PathCollection…): Torchlet keeps only its name. */
final class Artist extends PyObject {
    private final String className;

    Artist(String className) {
        this.className = className;
    }

    @Override
    public String typeName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    @Override
    public String repr() {
        return "<" + className + " object at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(this) * 16L) + ">";
    }
}
