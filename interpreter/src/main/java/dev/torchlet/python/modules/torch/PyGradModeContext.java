package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;

/**
 * {@code torch.no_grad()}, {@code enable_grad()}, {@code inference_mode()} (grad mode inside a
 * with-block, restored after) and {@code set_grad_enabled(b)}, which switches at once (usable as
 * a plain call) and restores when used as a with-block.
 */
final class PyGradModeContext extends PyObject {
    private static int inferenceDepth;

    private final boolean enabledInside;
    private final String name;
    private boolean previous;
    private final boolean switchesAtConstruction;

    PyGradModeContext(boolean enabledInside, String name) {
        this(enabledInside, name, false);
    }

    private PyGradModeContext(boolean enabledInside, String name, boolean switchesAtConstruction) {
        this.enabledInside = enabledInside;
        this.name = name;
        this.switchesAtConstruction = switchesAtConstruction;
    }

    /** {@code set_grad_enabled(mode)}: takes effect now, like PyTorch's. */
    static PyGradModeContext switchedNow(boolean enabled, String name) {
        PyGradModeContext context = new PyGradModeContext(enabled, name, true);
        context.previous = GradMode.isEnabled();
        GradMode.setEnabled(enabled);
        return context;
    }

    static boolean inferenceModeEnabled() {
        return inferenceDepth > 0;
    }

    @Override
    public String typeName() {
        return name;
    }

    /** As a decorator ({@code @torch.no_grad()}): the function runs with this grad mode, restored after. */
    @Override
    public PyObject call(java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        if (args.size() != 1 || !kwargs.isEmpty() || switchesAtConstruction) {
            return super.call(args, kwargs);
        }
        PyObject function = args.get(0);
        return new dev.torchlet.python.runtime.NativeFunction(name, (callArgs, callKwargs) -> {
            PyGradModeContext context = new PyGradModeContext(enabledInside, name);
            context.enter();
            try {
                return function.call(callArgs, callKwargs);
            } finally {
                context.exit(null);
            }
        });
    }

    @Override
    public PyObject enter() {
        if (!switchesAtConstruction) {
            previous = GradMode.isEnabled();
            GradMode.setEnabled(enabledInside);
        }
        if (name.equals("inference_mode") && !enabledInside) {
            inferenceDepth++;
        }
        return PyNone.NONE;
    }

    @Override
    public boolean exit(PythonException leaving) {
        GradMode.setEnabled(previous);
        if (name.equals("inference_mode") && !enabledInside) {
            inferenceDepth--;
        }
        return false;
    }
}
