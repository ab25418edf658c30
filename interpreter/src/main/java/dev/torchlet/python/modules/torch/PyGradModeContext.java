package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;

/** {@code torch.no_grad()} / {@code torch.enable_grad()}: sets grad mode inside a with-block, restores it after. */
final class PyGradModeContext extends PyObject {
    private final boolean enabledInside;
    private final String name;
    private boolean previous;

    PyGradModeContext(boolean enabledInside, String name) {
        this.enabledInside = enabledInside;
        this.name = name;
    }

    @Override
    public String typeName() {
        return name;
    }

    @Override
    public PyObject enter() {
        previous = GradMode.isEnabled();
        GradMode.setEnabled(enabledInside);
        return PyNone.NONE;
    }

    @Override
    public boolean exit(PythonException leaving) {
        GradMode.setEnabled(previous);
        return false;
    }
}
