package dev.torchlet.engine.device;

import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.List;

/**
 * The accelerators the host registered (the browser registers WebGPU when an adapter answers).
 * The CPU is always there and is not registered.
 */
public final class Devices {
    private static final List<DeviceBackend> BACKENDS = new ArrayList<>();

    private Devices() {
    }

    /** Makes a backend's device usable; a later backend for the same device replaces it. */
    public static void register(DeviceBackend backend) {
        BACKENDS.removeIf(b -> b.device().equals(backend.device()));
        BACKENDS.add(backend);
    }

    /** Forgets a backend (its device was lost): tensors can no longer be put there. */
    public static void unregister(Device device) {
        BACKENDS.removeIf(b -> b.device().equals(device));
    }

    /** The backend of {@code device}, with PyTorch's error when there is none. */
    public static DeviceBackend backend(Device device) {
        for (DeviceBackend backend : BACKENDS) {
            if (backend.device().equals(device)) {
                return backend;
            }
        }
        if (device.type().equals("cuda")) {
            throw new TorchException(TorchException.Kind.RUNTIME_ERROR, "Torch not compiled with CUDA enabled");
        }
        throw new TorchException(TorchException.Kind.RUNTIME_ERROR, "Torchlet has no device " + device + " here");
    }

    /** The registered accelerator of a type ({@code cuda}), or null. */
    public static DeviceBackend ofType(String type) {
        for (DeviceBackend backend : BACKENDS) {
            if (backend.device().type().equals(type)) {
                return backend;
            }
        }
        return null;
    }

    /** How many devices of a type answer ({@code torch.cuda.device_count()}). */
    public static int count(String type) {
        int n = 0;
        for (DeviceBackend backend : BACKENDS) {
            n += backend.device().type().equals(type) ? 1 : 0;
        }
        return n;
    }
}
