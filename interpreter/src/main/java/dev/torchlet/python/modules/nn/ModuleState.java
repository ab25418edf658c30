package dev.torchlet.python.modules.nn;

import dev.torchlet.python.runtime.PyObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Java state of an {@code nn.Module} instance: its registered parameters, buffers and
 * submodules in registration order (a value may be None, as PyTorch allows {@code bias=None}).
 */
final class ModuleState {
    final Map<String, PyObject> parameters = new LinkedHashMap<>();
    final Map<String, PyObject> buffers = new LinkedHashMap<>();
    final Map<String, PyObject> modules = new LinkedHashMap<>();
    /** register_forward_pre_hook / register_forward_hook callables, by handle id, in registration order. */
    final Map<Long, PyObject> forwardPreHooks = new LinkedHashMap<>();
    final Map<Long, PyObject> forwardHooks = new LinkedHashMap<>();
}
