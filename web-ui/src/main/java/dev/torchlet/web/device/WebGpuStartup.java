package dev.torchlet.web.device;

import dev.torchlet.engine.device.Devices;
import dev.torchlet.web.webgpu.Gpu;
import dev.torchlet.web.webgpu.GpuAdapter;
import dev.torchlet.web.webgpu.GpuAdapterInfo;
import dev.torchlet.web.webgpu.GpuDescriptors;
import dev.torchlet.web.webgpu.GpuDevice;
import dev.torchlet.web.webgpu.GpuLimits;
import dev.torchlet.web.webgpu.Promises;
import dev.torchlet.web.webgpu.Settled;
import dev.torchlet.web.webgpu.Suspension;
import dev.torchlet.web.webgpu.WebGpu;
import org.teavm.jso.JSObject;

/**
 * Opens the WebGPU device once per worker and registers the backend as {@code cuda:0}. Where the
 * browser has no WebGPU, no adapter or no device, nothing is registered (the interpreter then says
 * CUDA is unavailable); a lost device is unregistered and its tensors fail with the reason.
 */
public final class WebGpuStartup {
    /** A browser that never answers must not keep the page from starting. */
    private static final int ANSWER_MILLIS = 10_000;

    private static WebGpuBackend backend;
    private static String unavailableReason = "WebGPU was not started";

    private WebGpuStartup() {
    }

    /** Opens the device; returns {@link #acceleratorName()}. Waits for the browser: call it through Suspension.export. */
    public static String start() {
        if (backend != null) {
            return acceleratorName();
        }
        if (!Suspension.available()) {
            unavailableReason = "the JavaScript runtime runs on the CPU only (reads from the GPU need the WebAssembly GC runtime)";
            return "";
        }
        Gpu gpu = WebGpu.gpu();
        if (gpu == null) {
            unavailableReason = "this browser has no WebGPU (navigator.gpu)";
            return "";
        }
        Settled adapterAnswer = Promises.await(gpu.requestAdapter(), ANSWER_MILLIS);
        if (adapterAnswer.getValue() == null) {
            unavailableReason = "no WebGPU adapter" + because(adapterAnswer);
            return "";
        }
        GpuAdapter adapter = adapterAnswer.getValue().cast();
        GpuLimits supported = adapter.getLimits();
        // Ask for the adapter's largest buffers: the defaults (128/256 MiB) would cap tensor sizes.
        GpuLimits required = GpuDescriptors.limits();
        required.setMaxStorageBufferBindingSize(supported.getMaxStorageBufferBindingSize());
        required.setMaxBufferSize(supported.getMaxBufferSize());
        Settled deviceAnswer = Promises.await(adapter.requestDevice(GpuDescriptors.device(required)), ANSWER_MILLIS);
        if (deviceAnswer.getValue() == null) {
            unavailableReason = "the WebGPU adapter gave no device" + because(deviceAnswer);
            return "";
        }
        GpuDevice device = deviceAnswer.getValue().cast();
        long maxBufferBytes = (long) Math.min(supported.getMaxStorageBufferBindingSize(), supported.getMaxBufferSize());
        WebGpuBackend opened = new WebGpuBackend(device, adapterName(adapter.getInfo()), maxBufferBytes);
        device.getLost().<JSObject>then(info -> {
            opened.deviceLost(info.getMessage());
            Devices.unregister(WebGpuBackend.DEVICE);
            unavailableReason = "the WebGPU device was lost: " + info.getMessage();
            return null;
        });
        Devices.register(opened);
        backend = opened;
        return acceleratorName();
    }

    /** The working accelerator's description for the page's badge, or "" when there is none. */
    public static String acceleratorName() {
        return backend == null || backend.isLost() ? "" : backend.description();
    }

    private static long launchesSeen;

    /**
     * Where the code since the last call computed, for the page's device badge: the accelerator's
     * description when it ran kernels meanwhile, else "CPU".
     */
    public static String takeRunDevice() {
        long launches = backend == null ? 0 : backend.launches();
        boolean used = launches != launchesSeen;
        launchesSeen = launches;
        return used ? backend.description() : "CPU";
    }

    /** Why there is no accelerator ("" when there is one). */
    public static String unavailableReason() {
        return acceleratorName().isEmpty() ? unavailableReason : "";
    }

    /** Memory counters for tests and diagnostics (see BrowserRuntime.acceleratorMemoryJson). */
    public static String memoryJson() {
        if (backend == null) {
            return "{}";
        }
        return "{\"allocated\":" + backend.allocatedBytes() + ",\"reserved\":" + backend.reservedBytes()
                + ",\"pipelines\":" + backend.cachedPipelines() + "}";
    }

    /** Submits the kernels the backend has recorded but not yet submitted (at the end of a program's slice). */
    public static void submitPending() {
        if (backend != null) {
            backend.submitPending();
        }
    }

        /** The open backend, or null. */
    static WebGpuBackend backend() {
        return backend;
    }

    private static String because(Settled answer) {
        return answer.getError() == null ? "" : " (" + answer.getError() + ")";
    }

    private static String adapterName(GpuAdapterInfo info) {
        if (info == null) {
            return "unknown adapter";
        }
        String description = nonNull(info.getDescription());
        if (!description.isEmpty()) {
            return description;
        }
        String name = (nonNull(info.getVendor()) + " " + nonNull(info.getArchitecture())).trim();
        return name.isEmpty() ? "unknown adapter" : name;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
