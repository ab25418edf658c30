package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.modules.torch.PyDType;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code module.to(device/dtype)}, {@code .double()}, {@code .float()}: the CPU is the only device. */
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
        for (PyObject value : values) {
            if (value instanceof PyDType d) {
                dtype = d.dtype();
            } else if (value instanceof PyTensor t) {
                dtype = t.tensor().dtype();
            } else if (value instanceof dev.torchlet.python.runtime.PyBool) {
                continue; // non_blocking
            } else {
                String device = value.str();
                if (device.startsWith("cuda")) {
                    throw PythonException.of("AssertionError", "Torch not compiled with CUDA enabled");
                }
                if (!device.equals("cpu")) {
                    throw PythonException.of("RuntimeError", "Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, ort, xla, lazy, vulkan, mps, meta, hpu device type at start of device string: " + device);
                }
            }
        }
        if (dtype != null) {
            if (!dtype.isFloatingPoint()) {
                throw PythonException.of("TypeError", "nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=" + dtype);
            }
            return convert(self, dtype);
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
