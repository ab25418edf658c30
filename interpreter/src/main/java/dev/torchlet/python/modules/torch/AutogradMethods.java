package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.GradientHook;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;

/** Tensor attributes of autograd beyond the basics: retain_grad, retains_grad, register_hook, _version. */
final class AutogradMethods {
    private AutogradMethods() {
    }

    /** The attribute, or null when the name is not one of these. */
    static PyObject attribute(Tensor self, String name) {
        return switch (name) {
            case "retain_grad" -> new NativeFunction(name, (args, kwargs) -> {
                self.retainGrad();
                return PyNone.NONE;
            });
            case "retains_grad" -> PyBool.of(self.retainsGrad());
            case "_version" -> PyInt.of(self.version());
            case "register_hook" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                if (args.size() != 1) {
                    throw PythonException.of("TypeError", "register_hook() takes 1 positional argument but " + args.size()
                            + " were given");
                }
                PyObject hook = args.get(0);
                GradientHook.Handle handle = self.registerHook(gradient -> {
                    PyObject replaced = hook.call(java.util.List.of(new PyTensor(gradient)), java.util.Map.of());
                    if (replaced == PyNone.NONE || replaced == null) {
                        return null;
                    }
                    if (!(replaced instanceof PyTensor t)) {
                        throw PythonException.of("TypeError", "expected Tensor or None (got " + replaced.typeName() + ")");
                    }
                    return t.tensor();
                });
                return new PyHandle(handle);
            });
            default -> null;
        };
    }

    /** What {@code register_hook} returns: {@code handle.remove()}. */
    private static final class PyHandle extends PyObject {
        private final GradientHook.Handle handle;

        PyHandle(GradientHook.Handle handle) {
            this.handle = handle;
        }

        @Override
        public String typeName() {
            return "RemovableHandle";
        }

        @Override
        public PyObject getAttribute(String name) {
            if (name.equals("remove")) {
                return new NativeFunction(name, (args, kwargs) -> {
                    handle.remove();
                    return PyNone.NONE;
                });
            }
            return super.getAttribute(name);
        }
    }
}
