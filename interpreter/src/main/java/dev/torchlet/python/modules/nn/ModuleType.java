package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.NativeMethod;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.nn.Module}, implemented in Java and subclassable from Python: attribute assignment
 * registers Parameters and Modules, calling runs {@code forward}, and the repr is PyTorch's.
 */
public final class ModuleType {
    public static final PyType MODULE = PyType.nativeClass("Module", "torch.nn.modules.module", null);

    static {
        method("__init__", (args, kwargs) -> {
            PyInstance self = self(args, "__init__");
            if (args.size() > 1 || !kwargs.isEmpty()) {
                throw PythonException.of("TypeError", "Module.__init__() takes 1 positional argument but " + args.size() + " were given");
            }
            initialize(self);
            return PyNone.NONE;
        });
        method("__setattr__", (args, kwargs) -> {
            setAttribute(self(args, "__setattr__"), ((PyStr) arg(args, 1)).value(), arg(args, 2));
            return PyNone.NONE;
        });
        method("__getattr__", (args, kwargs) -> registered(self(args, "__getattr__"), ((PyStr) arg(args, 1)).value()));
        method("__delattr__", (args, kwargs) -> {
            PyInstance self = self(args, "__delattr__");
            String name = ((PyStr) arg(args, 1)).value();
            ModuleState state = stateOf(self);
            if (state == null || (state.parameters.remove(name) == null && state.buffers.remove(name) == null
                    && state.modules.remove(name) == null)) {
                self.attributes().remove(name);
            }
            return PyNone.NONE;
        });
        method("__call__", (args, kwargs) -> ForwardHooks.call(self(args, "__call__"), args.subList(1, args.size()), kwargs));
        method("register_forward_pre_hook", (args, kwargs) -> ForwardHooks.register(self(args, "register_forward_pre_hook"),
                arg(args, 1), true));
        method("register_forward_hook", (args, kwargs) -> ForwardHooks.register(self(args, "register_forward_hook"),
                arg(args, 1), false));
        method("forward", (args, kwargs) -> {
            throw PythonException.of("NotImplementedError", "Module [" + self(args, "forward").type().name()
                    + "] is missing the required \"forward\" function");
        });
        method("extra_repr", (args, kwargs) -> new PyStr(""));
        method("_get_name", (args, kwargs) -> new PyStr(self(args, "_get_name").type().name()));
        method("__repr__", (args, kwargs) -> new PyStr(repr(self(args, "__repr__"))));
        method("train", (args, kwargs) -> {
            PyInstance self = self(args, "train");
            PyObject mode = args.size() > 1 ? arg(args, 1) : kwargs.getOrDefault("mode", PyBool.TRUE);
            if (!(mode instanceof PyBool)) {
                throw PythonException.of("ValueError", "training mode is expected to be boolean");
            }
            for (PyInstance m : ModuleTraversal.modules(self)) {
                m.setDirectly("training", mode);
            }
            return self;
        });
        method("eval", (args, kwargs) -> self(args, "eval").getAttribute("train").call(List.of(PyBool.FALSE), Map.of()));
        method("zero_grad", (args, kwargs) -> {
            PyInstance self = self(args, "zero_grad");
            boolean setToNone = (args.size() > 1 ? arg(args, 1) : kwargs.getOrDefault("set_to_none", PyBool.FALSE)).isTruthy();
            for (PyTensor p : ModuleTraversal.parameters(self)) {
                if (p.tensor().grad() != null) {
                    if (setToNone) {
                        p.tensor().setGrad(null);
                    } else {
                        p.tensor().grad().data().fill_(dev.torchlet.engine.Scalar.of(0L));
                    }
                }
            }
            return PyNone.NONE;
        });
        method("requires_grad_", (args, kwargs) -> {
            PyInstance self = self(args, "requires_grad_");
            boolean flag = (args.size() > 1 ? arg(args, 1) : kwargs.getOrDefault("requires_grad", PyBool.TRUE)).isTruthy();
            for (PyTensor p : ModuleTraversal.parameters(self)) {
                p.tensor().requiresGrad_(flag);
            }
            return self;
        });
        method("apply", (args, kwargs) -> {
            PyInstance self = self(args, "apply");
            PyObject fn = args.size() > 1 ? arg(args, 1) : kwargs.get("fn");
            if (fn == null) {
                throw PythonException.of("TypeError", "apply() missing 1 required positional argument: 'fn'");
            }
            for (PyObject child : state(self).modules.values()) {
                if (child != PyNone.NONE) {
                    child.getAttribute("apply").call(List.of(fn), Map.of());
                }
            }
            fn.call(List.of(self), Map.of());
            return self;
        });
        method("add_module", (args, kwargs) -> {
            PyInstance self = self(args, "add_module");
            registerModule(self, name(arg(args, 1), "module"), arg(args, 2));
            return PyNone.NONE;
        });
        method("register_module", (args, kwargs) -> MODULE.lookup("add_module").call(args, kwargs));
        method("register_parameter", (args, kwargs) -> {
            PyInstance self = self(args, "register_parameter");
            PyObject value = arg(args, 2);
            if (value != PyNone.NONE && !(value instanceof PyParameter)) {
                throw PythonException.of("TypeError", "cannot assign '" + tensorTypeName(value) + "' object to parameter '"
                        + name(arg(args, 1), "parameter") + "' (torch.nn.Parameter or None required)");
            }
            requireState(self, "parameters").parameters.put(name(arg(args, 1), "parameter"), value);
            return PyNone.NONE;
        });
        method("register_buffer", (args, kwargs) -> {
            PyInstance self = self(args, "register_buffer");
            PyObject value = args.size() > 2 ? arg(args, 2) : kwargs.getOrDefault("tensor", PyNone.NONE);
            if (value != PyNone.NONE && !(value instanceof PyTensor)) {
                throw PythonException.of("TypeError", "cannot assign '" + value.typeName() + "' object to buffer '"
                        + name(arg(args, 1), "buffer") + "' (torch Tensor or None required)");
            }
            requireState(self, "buffers").buffers.put(name(arg(args, 1), "buffer"), value);
            return PyNone.NONE;
        });
        method("to", (args, kwargs) -> ModuleConversion.to(self(args, "to"), args.subList(1, args.size()), kwargs));
        method("double", (args, kwargs) -> ModuleConversion.convert(self(args, "double"), DType.FLOAT64));
        method("float", (args, kwargs) -> ModuleConversion.convert(self(args, "float"), DType.FLOAT32));
        method("cpu", (args, kwargs) -> ModuleConversion.move(self(args, "cpu"), dev.torchlet.engine.device.Device.CPU));
        method("cuda", (args, kwargs) -> ModuleConversion.cuda(self(args, "cuda"), args.subList(1, args.size())));
        ModuleTraversal.install(MODULE);
    }

    private ModuleType() {
    }

    static void method(String name, NativeFunction.Body body) {
        MODULE.namespace().put(name, new NativeMethod(name, body));
    }

    /** Positional argument {@code index} (self is 0) of a native method; a TypeError rather than a Java failure when absent. */
    static PyObject arg(List<PyObject> args, int index) {
        if (index >= args.size()) {
            throw PythonException.of("TypeError", "missing " + (index + 1 - args.size()) + " required positional argument" + (index + 1 - args.size() == 1 ? "" : "s"));
        }
        return args.get(index);
    }

    static PyInstance self(List<PyObject> args, String method) {
        if (args.isEmpty() || !(args.get(0) instanceof PyInstance self) || !self.type().isSubtypeOf(MODULE)) {
            throw PythonException.of("TypeError", "descriptor '" + method + "' requires a 'Module' object");
        }
        return self;
    }

    /** What Module.__init__ does: fresh registries, training mode on. */
    static void initialize(PyInstance self) {
        self.setNativeState(new ModuleState());
        self.setDirectly("training", PyBool.TRUE);
    }

    static ModuleState stateOf(PyObject module) {
        return module instanceof PyInstance i && i.nativeState() instanceof ModuleState s ? s : null;
    }

    /** The state of a module whose Module.__init__ ran; PyTorch's AttributeError for one whose did not. */
    static ModuleState state(PyInstance module) {
        ModuleState state = stateOf(module);
        if (state == null) {
            throw PythonException.of("AttributeError", "'" + module.type().name() + "' object has no attribute '_modules'");
        }
        return state;
    }

    static boolean isModule(PyObject value) {
        return value instanceof PyInstance i && i.type().isSubtypeOf(MODULE);
    }

    private static ModuleState requireState(PyInstance self, String what) {
        ModuleState state = stateOf(self);
        if (state == null) {
            throw PythonException.of("AttributeError", "cannot assign " + what + " before Module.__init__() call");
        }
        return state;
    }

    private static String name(PyObject value, String what) {
        if (!(value instanceof PyStr s)) {
            throw PythonException.of("TypeError", what + " name should be a string. Got " + value.typeName());
        }
        return s.value();
    }

    private static String tensorTypeName(PyObject value) {
        return value instanceof PyTensor t ? "torch." + dev.torchlet.engine.ShapeOps.typeName(t.tensor().dtype()) + "Tensor" : value.typeName();
    }

    /** PyTorch's Module.__setattr__: Parameters and Modules go to their registries, the rest to the instance. */
    static void setAttribute(PyInstance self, String name, PyObject value) {
        ModuleState state = stateOf(self);
        if (value instanceof PyParameter) {
            requireState(self, "parameters");
            self.attributes().remove(name);
            state.buffers.remove(name);
            state.modules.remove(name);
            state.parameters.put(name, value);
        } else if (state != null && state.parameters.containsKey(name)) {
            if (value != PyNone.NONE) {
                throw PythonException.of("TypeError", "cannot assign '" + tensorTypeName(value) + "' as parameter '" + name
                        + "' (torch.nn.Parameter or None expected)");
            }
            state.parameters.put(name, value);
        } else if (isModule(value)) {
            requireState(self, "module");
            registerModule(self, name, value);
        } else if (state != null && state.modules.containsKey(name)) {
            if (value != PyNone.NONE) {
                throw PythonException.of("TypeError", "cannot assign '" + value.typeName() + "' as child module '" + name
                        + "' (torch.nn.Module or None expected)");
            }
            state.modules.put(name, value);
        } else if (state != null && state.buffers.containsKey(name)) {
            if (value != PyNone.NONE && !(value instanceof PyTensor)) {
                throw PythonException.of("TypeError", "cannot assign '" + value.typeName() + "' as buffer '" + name
                        + "' (torch.Tensor or None expected)");
            }
            state.buffers.put(name, value);
        } else {
            self.setDirectly(name, value);
        }
    }

    static void registerModule(PyInstance self, String name, PyObject module) {
        if (module != PyNone.NONE && !isModule(module)) {
            throw PythonException.of("TypeError", module.typeName() + " is not a Module subclass");
        }
        ModuleState state = requireState(self, "module");
        self.attributes().remove(name);
        state.parameters.remove(name);
        state.buffers.remove(name);
        state.modules.put(name, module);
    }

    /** PyTorch's Module.__getattr__: a registered parameter, buffer or submodule. */
    private static PyObject registered(PyInstance self, String name) {
        ModuleState state = stateOf(self);
        if (state != null) {
            for (Map<String, PyObject> registry : List.of(state.parameters, state.buffers, state.modules)) {
                PyObject value = registry.get(name);
                if (value != null) {
                    return value;
                }
            }
        }
        throw PythonException.of("AttributeError", "'" + self.type().name() + "' object has no attribute '" + name + "'");
    }

    /** PyTorch's Module.__repr__: the class name, extra_repr's lines and each child's repr indented by two. */
    static String repr(PyInstance self) {
        List<String> lines = new ArrayList<>();
        String extra = self.getAttribute("extra_repr").call(List.of(), Map.of()).str();
        List<String> extraLines = extra.isEmpty() ? List.of() : List.of(extra.split("\n", -1));
        lines.addAll(extraLines);
        ModuleState state = stateOf(self);
        boolean hasChildren = false;
        if (state != null) {
            for (Map.Entry<String, PyObject> child : state.modules.entrySet()) {
                lines.add("(" + child.getKey() + "): " + child.getValue().repr().replace("\n", "\n  "));
                hasChildren = true;
            }
        }
        String name = self.getAttribute("_get_name").call(List.of(), Map.of()).str();
        StringBuilder text = new StringBuilder(name).append('(');
        if (!lines.isEmpty()) {
            if (extraLines.size() == 1 && !hasChildren) {
                text.append(extraLines.get(0));
            } else {
                text.append("\n  ").append(String.join("\n  ", lines)).append('\n');
            }
        }
        return text.append(')').toString();
    }
}
