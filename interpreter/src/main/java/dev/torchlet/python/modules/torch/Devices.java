package dev.torchlet.python.modules.torch;

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
 * factories, {@code to(device)}, {@code cpu()}, {@code cuda()}, {@code torch.cuda.is_available()}.
 * Tensors in a Torchlet program live on the CPU (the WebGPU backend runs kernels without a device
 * of its own in the program); asking for CUDA fails as PyTorch without CUDA does.
 */
final class Devices {
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

    /** Tensors can only be on the CPU here: other devices fail as in a PyTorch built without them. */
    static void requireCpu(PyDevice device) {
        if (device.type.equals("cuda")) {
            throw PythonException.of("AssertionError", "Torch not compiled with CUDA enabled");
        }
        if (!device.type.equals("cpu")) {
            throw PythonException.of("RuntimeError", "Torchlet runs tensors on the CPU; device '" + device.str() + "' is not available");
        }
    }

    static void define(PyModule torch) {
        torch.define("device", new NativeFunction("device", (args, kwargs) -> {
            Params p = Params.parse("device", args, kwargs, "type", "index");
            PyDevice device = parse("device", p.required("type"));
            return p.has("index") ? new PyDevice(device.type, p.longValue("index")) : device;
        }));
        PyModule cuda = new PyModule("torch.cuda");
        cuda.define("is_available", new NativeFunction("is_available", (args, kwargs) -> PyBool.of(false)));
        cuda.define("device_count", new NativeFunction("device_count", (args, kwargs) -> PyInt.of(0)));
        torch.define("cuda", cuda);
        for (String name : FACTORIES) {
            if (torch.has(name)) {
                PyObject factory = torch.getAttribute(name);
                torch.define(name, new NativeFunction(name, (args, kwargs) -> factory.call(args, withoutDevice(name, kwargs))));
            }
        }
    }

    /** The keyword arguments with a CPU {@code device=} taken out (anything else fails). */
    static Map<String, PyObject> withoutDevice(String function, Map<String, PyObject> kwargs) {
        PyObject device = kwargs.get("device");
        if (device == null) {
            return kwargs;
        }
        Map<String, PyObject> rest = new LinkedHashMap<>(kwargs);
        rest.remove("device");
        if (device != PyNone.NONE) {
            requireCpu(parse(function, device));
        }
        return rest;
    }
}
