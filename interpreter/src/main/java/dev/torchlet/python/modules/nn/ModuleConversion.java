package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.device.Device;
import dev.torchlet.python.modules.torch.PyDType;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code module.to(device/dtype)}, {@code .cuda()}, {@code .cpu()}, {@code .double()}, {@code .float()}. */
final class ModuleConversion {
    private ModuleConversion() {
    }

    static PyObject to(PyInstance self, List<PyObject> args, Map<String, PyObject> kwargs) {
        List<PyObject> values = new ArrayList<>(args);
        for (String key : new String[] {"device", "dtype", "non_blocking"}) {
            if (kwargs.containsKey(key)) {
                values.add(kwargs.get(key));
            }
        }
        DType dtype = null;
        Device device = null;
        for (PyObject value : values) {
            if (value instanceof PyDType d) {
                dtype = d.dtype();
            } else if (value instanceof PyTensor t) {
                dtype = t.tensor().dtype();
                device = t.tensor().device();
            } else if (value instanceof dev.torchlet.python.runtime.PyBool) {
                continue; // non_blocking
            } else {
                device = dev.torchlet.python.modules.torch.Devices.engineDevice("to", value);
            }
        }
        if (dtype != null && !dtype.isFloatingPoint()) {
            throw PythonException.of("TypeError", "nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=" + dtype);
        }
        if (device != null) {
            move(self, device);
        }
        return dtype != null ? convert(self, dtype) : self;
    }

    /** {@code module.cuda(device=None)}. */
    static PyObject cuda(PyInstance self, List<PyObject> args) {
        String name = args.isEmpty() || args.get(0) == dev.torchlet.python.runtime.PyNone.NONE ? "cuda" : "cuda:" + args.get(0).str();
        return move(self, dev.torchlet.python.modules.torch.Devices.engineDevice("cuda", new dev.torchlet.python.runtime.PyStr(name)));
    }

    /**
     * Parameters, their gradients and buffers move to {@code device}; a moved parameter is a new
     * Parameter object, so an optimizer is made after the move, as tutorials do.
     */
    static PyObject move(PyInstance self, Device device) {
        for (PyInstance module : ModuleTraversal.modules(self)) {
            ModuleState state = ModuleType.stateOf(module);
            if (state == null) {
                continue;
            }
            state.parameters.replaceAll((name, value) -> {
                if (value instanceof PyTensor p && !UninitializedTensors.isUninitialized(value) && !p.tensor().device().equals(device)) {
                    Tensor moved = p.tensor().detach().to(device);
                    moved.requiresGrad_(p.tensor().requiresGrad());
                    if (p.tensor().grad() != null) {
                        moved.setGrad(p.tensor().grad().to(device));
                    }
                    return new PyParameter(moved);
                }
                return value;
            });
            state.buffers.replaceAll((name, value) -> value instanceof PyTensor b && !UninitializedTensors.isUninitialized(value)
                    ? new PyTensor(b.tensor().to(device)) : value);
        }
        return self;
    }

    /** Floating-point parameters and buffers become {@code dtype}; a converted parameter is a new Parameter object. */
    static PyObject convert(PyInstance self, DType dtype) {
        for (PyInstance module : ModuleTraversal.modules(self)) {
            ModuleState state = ModuleType.stateOf(module);
            if (state == null) {
                continue;
            }
            state.parameters.replaceAll((name, value) -> {
                if (UninitializedTensors.isUninitialized(value)) {
                    return UninitializedTensors.converted(value, dtype); // a lazy layer's parameters will be made in dtype
                }
                if (value instanceof PyTensor p && p.tensor().dtype().isFloatingPoint() && p.tensor().dtype() != dtype) {
                    Tensor converted = p.tensor().detach().to(dtype);
                    converted.requiresGrad_(p.tensor().requiresGrad());
                    if (p.tensor().grad() != null) {
                        converted.setGrad(p.tensor().grad().to(dtype));
                    }
                    return new PyParameter(converted);
                }
                return value;
            });
            state.buffers.replaceAll((name, value) -> UninitializedTensors.isUninitialized(value)
                    ? UninitializedTensors.converted(value, dtype) : value instanceof PyTensor b && b.tensor().dtype().isFloatingPoint()
                    ? new PyTensor(b.tensor().to(dtype)) : value);
        }
        return self;
    }
}
