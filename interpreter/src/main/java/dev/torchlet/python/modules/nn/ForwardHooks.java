package dev.torchlet.python.modules.nn;

import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calling a module: forward pre-hooks (may replace the inputs), {@code forward}, then forward hooks
 * (may replace the output), as PyTorch's {@code Module.__call__}; registering returns a handle
 * whose {@code remove()} takes the hook out.
 */
final class ForwardHooks {
    private static long nextId;

    private ForwardHooks() {
    }

    static PyObject call(PyInstance self, List<PyObject> args, Map<String, PyObject> kwargs) {
        boolean scoped = GraphModuleScope.enter(self);
        try {
            return runHooksAndForward(self, args, kwargs);
        } finally {
            if (scoped) {
                GraphModuleScope.exit();
            }
        }
    }

    private static PyObject runHooksAndForward(PyInstance self, List<PyObject> args, Map<String, PyObject> kwargs) {
        ModuleState state = ModuleType.stateOf(self);
        List<PyObject> inputs = args;
        if (state != null) {
            for (PyObject hook : List.copyOf(state.forwardPreHooks.values())) {
                PyObject replaced = hook.call(List.of(self, PySequence.tuple(new ArrayList<>(inputs))), Map.of());
                if (replaced != PyNone.NONE) {
                    inputs = replaced instanceof PySequence seq && seq.isTuple() ? seq.items() : List.of(replaced);
                }
            }
        }
        PyObject output = self.getAttribute("forward").call(inputs, kwargs);
        if (state != null) {
            for (PyObject hook : List.copyOf(state.forwardHooks.values())) {
                PyObject replaced = hook.call(List.of(self, PySequence.tuple(new ArrayList<>(inputs)), output), Map.of());
                if (replaced != PyNone.NONE) {
                    output = replaced;
                }
            }
        }
        return output;
    }

    static PyObject register(PyInstance self, PyObject hook, boolean beforeForward) {
        ModuleState state = ModuleType.stateOf(self);
        if (state == null) {
            throw PythonException.of("AttributeError", "'" + self.type().name() + "' object has no attribute '_forward_hooks'");
        }
        Map<Long, PyObject> hooks = beforeForward ? state.forwardPreHooks : state.forwardHooks;
        long id = nextId++;
        hooks.put(id, hook);
        return new Handle(hooks, id);
    }

    /** torch.utils.hooks.RemovableHandle. */
    static final class Handle extends PyObject {
        private final Map<Long, PyObject> hooks;
        private final long id;

        Handle(Map<Long, PyObject> hooks, long id) {
            this.hooks = hooks;
            this.id = id;
        }

        @Override
        public String typeName() {
            return "RemovableHandle";
        }

        @Override
        public String repr() {
            return "<torch.utils.hooks.RemovableHandle object>";
        }

        @Override
        public PyObject getAttribute(String name) {
            if (name.equals("remove")) {
                return new dev.torchlet.python.runtime.NativeFunction("remove", (args, kwargs) -> {
                    hooks.remove(id);
                    return PyNone.NONE;
                });
            }
            if (name.equals("id")) {
                return dev.torchlet.python.runtime.PyInt.of(id);
            }
            return super.getAttribute(name);
        }
    }
}
