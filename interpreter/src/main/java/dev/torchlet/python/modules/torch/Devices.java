package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.device.Device;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Devices as a program sees them: {@code torch.device}, {@code tensor.device}, {@code device=} on
 * factories, {@code to(device)}, {@code cpu()}, {@code cuda()}, {@code torch.cuda}. The accelerator
 * the host registered in the engine (WebGPU in the browser) answers to {@code cuda} (and to
 * {@code webgpu}), so tutorial code runs on it unchanged; without one, asking for CUDA fails as
 * PyTorch without CUDA does.
 */
public final class Devices {
    /** Factories that take {@code device=}. */
    private static final List<String> FACTORIES = List.of("tensor", "as_tensor", "zeros", "ones", "full", "empty", "eye",
            "arange", "linspace", "logspace", "rand", "randn", "randint", "randperm", "zeros_like", "ones_like",
            "full_like", "empty_like", "rand_like", "randn_like", "randint_like", "normal");

    /** The device types PyTorch 1.13 names (its error lists them); only cpu holds tensors here. */
    private static final List<String> DEVICE_TYPES = List.of("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep",
            "hip", "ve", "fpga", "ort", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "privateuseone");

    static final PyDevice CPU = new PyDevice("cpu", null);

    private Devices() {
    }

    /** A {@code torch.device}. */
    static final class PyDevice extends PyObject {
        private final String type;
        private final Long index;

        PyDevice(String type, Long index) {
            this.type = type;
            this.index = index;
        }

        @Override
        public String typeName() {
            return "device";
        }

        @Override
        public String repr() {
            return "device(type='" + type + "'" + (index == null ? "" : ", index=" + index) + ")";
        }

        @Override
        public String str() {
            return type + (index == null ? "" : ":" + index);
        }

        @Override
        public long hash() {
            return str().hashCode();
        }

        @Override
        public PyObject compare(String op, PyObject other) {
            if ((op.equals("==") || op.equals("!=")) && other instanceof PyDevice d) {
                return PyBool.of(str().equals(d.str()) == op.equals("=="));
            }
            return super.compare(op, other);
        }

        @Override
        public PyObject getAttribute(String name) {
            return switch (name) {
                case "type" -> new PyStr(type);
                case "index" -> index == null ? PyNone.NONE : PyInt.of(index);
                default -> super.getAttribute(name);
            };
        }
    }

    /** {@code torch.device('cuda:0')}, {@code torch.device('cpu')}, {@code torch.device('cuda', 1)}. */
    static PyDevice parse(String function, PyObject value) {
        if (value instanceof PyDevice d) {
            return d;
        }
        if (!(value instanceof PyStr text)) {
            throw PythonException.of("TypeError", function + "(): argument 'device' must be torch.device, not " + value.typeName());
        }
        String[] parts = text.value().split(":", -1);
        String type = parts[0];
        if (text.value().equals("webgpu")) {
            return new PyDevice("cuda", 0L);
        }
        if (!DEVICE_TYPES.contains(type)) {
            throw PythonException.of("RuntimeError", "Expected one of " + String.join(", ", DEVICE_TYPES)
                    + " device type at start of device string: " + text.value());
        }
        Long index = null;
        if (parts.length == 2) {
            try {
                index = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw PythonException.of("RuntimeError", "Invalid device string: '" + text.value() + "'");
            }
        }
        return type.equals("cpu") && index == null ? CPU : new PyDevice(type, index);
    }

    /** The engine device a torch.device names; devices Torchlet lacks fail as in a PyTorch built without them. */
    static Device engineDevice(PyDevice device) {
        if (device.type.equals("cpu")) {
            return Device.CPU;
        }
        if (device.type.equals("cuda")) {
            if (!acceleratorAvailable()) {
                throw PythonException.of("AssertionError", "Torch not compiled with CUDA enabled");
            }
            int index = device.index == null ? 0 : (int) (long) device.index;
            if (index < 0 || index >= dev.torchlet.engine.device.Devices.count("cuda")) {
                throw PythonException.of("RuntimeError", "CUDA error: invalid device ordinal");
            }
            return new Device("cuda", index);
        }
        throw PythonException.of("RuntimeError", "Torchlet runs tensors on the CPU and its accelerator; device '" + device.str()
                + "' is not available");
    }

    /** The engine device of a {@code device} argument (a string or torch.device). */
    public static Device engineDevice(String function, PyObject value) {
        return engineDevice(parse(function, value));
    }

    /** A tensor's {@code .device}. */
    static PyDevice of(Device device) {
        return device.isCpu() ? CPU : new PyDevice(device.type(), (long) device.index());
    }

    static boolean acceleratorAvailable() {
        return dev.torchlet.engine.device.Devices.ofType("cuda") != null;
    }

    /** {@code torch.cuda.*}: the registered accelerator, or none. */
    private static PyModule cudaModule() {
        PyModule cuda = new PyModule("torch.cuda");
        cuda.define("is_available", new NativeFunction("is_available", (args, kwargs) -> PyBool.of(acceleratorAvailable())));
        cuda.define("device_count", new NativeFunction("device_count", (args, kwargs) -> PyInt.of(dev.torchlet.engine.device.Devices.count("cuda"))));
        cuda.define("current_device", new NativeFunction("current_device", (args, kwargs) -> {
            accelerator();
            return PyInt.of(0);
        }));
        cuda.define("get_device_name", new NativeFunction("get_device_name", (args, kwargs) -> new PyStr(accelerator().description())));
        cuda.define("memory_allocated", new NativeFunction("memory_allocated", (args, kwargs) -> PyInt.of(accelerator().allocatedBytes())));
        cuda.define("synchronize", new NativeFunction("synchronize", (args, kwargs) -> {
            accelerator().synchronize();
            return PyNone.NONE;
        }));
        return cuda;
    }

    /**
     * {@code torch.accelerator.*} (PyTorch 2.6's device-neutral names for the same questions):
     * current_accelerator() is {@code device(type='cuda')} where the GPU runs (WebGPU answers to
     * cuda, see above), None on the CPU alone.
     */
    private static PyModule acceleratorModule() {
        PyModule module = new PyModule("torch.accelerator");
        module.define("is_available", new NativeFunction("is_available", (args, kwargs) -> PyBool.of(acceleratorAvailable())));
        module.define("device_count", new NativeFunction("device_count",
                (args, kwargs) -> PyInt.of(dev.torchlet.engine.device.Devices.count("cuda"))));
        module.define("current_accelerator", new NativeFunction("current_accelerator",
                (args, kwargs) -> acceleratorAvailable() ? new PyDevice("cuda", null) : PyNone.NONE));
        module.define("current_device_index", new NativeFunction("current_device_index", (args, kwargs) -> {
            accelerator();
            return PyInt.of(0);
        }));
        module.define("synchronize", new NativeFunction("synchronize", (args, kwargs) -> {
            accelerator().synchronize();
            return PyNone.NONE;
        }));
        return module;
    }

    private static dev.torchlet.engine.device.DeviceBackend accelerator() {
        if (!acceleratorAvailable()) {
            throw PythonException.of("AssertionError", "Torch not compiled with CUDA enabled");
        }
        return dev.torchlet.engine.device.Devices.backend(new Device("cuda", 0));
    }

    /**
     * A factory call with {@code device=}: made on the CPU (random numbers come from the CPU
     * generator, so a seeded program prints the same values everywhere), then moved; a requested
     * {@code requires_grad} applies to the moved tensor, which is the leaf.
     */
    private static PyObject onDevice(String function, PyObject factory, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject device = kwargs.get("device");
        if (device == null) {
            return factory.call(args, kwargs);
        }
        Map<String, PyObject> rest = new LinkedHashMap<>(kwargs);
        rest.remove("device");
        Device target = device == PyNone.NONE ? Device.CPU : engineDevice(function, device);
        if (target.isCpu()) {
            return factory.call(args, rest);
        }
        PyObject requiresGrad = rest.remove("requires_grad");
        Tensor made = ((PyTensor) factory.call(args, rest)).tensor();
        Tensor moved = made.to(target);
        if (requiresGrad != null && requiresGrad.isTruthy()) {
            moved.requiresGrad_(true);
        }
        return new PyTensor(moved);
    }

    static void define(PyModule torch) {
        torch.define("device", new NativeFunction("device", (args, kwargs) -> {
            Params p = Params.parse("device", args, kwargs, "type", "index");
            PyDevice device = parse("device", p.required("type"));
            return p.has("index") ? new PyDevice(device.type, p.longValue("index")) : device;
        }));
        torch.define("cuda", cudaModule());
        torch.define("accelerator", acceleratorModule());
        for (String name : FACTORIES) {
            if (torch.has(name)) {
                PyObject factory = torch.getAttribute(name);
                torch.define(name, new NativeFunction(name, (args, kwargs) -> onDevice(name, factory, args, kwargs)));
            }
        }
    }
}
