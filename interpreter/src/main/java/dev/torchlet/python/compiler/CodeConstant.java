package dev.torchlet.python.compiler;

import dev.torchlet.python.runtime.PyObject;

/** A function's compiled body, held as a constant of the code that defines it. */
public final class CodeConstant extends PyObject {
    private final CodeObject code;

    CodeConstant(CodeObject code) {
        this.code = code;
    }

    public CodeObject code() {
        return code;
    }

    @Override
    public String typeName() {
        return "code";
    }

    @Override
    public String repr() {
        return "<code object " + code.name() + ">";
    }
}
