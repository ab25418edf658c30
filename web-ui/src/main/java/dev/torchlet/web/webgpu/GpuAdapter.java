package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/** A physical (or software) GPU, before a device is opened on it. */
public interface GpuAdapter extends JSObject {
    @JSProperty
    GpuAdapterInfo getInfo();

    @JSProperty
    GpuLimits getLimits();

    JSPromise<GpuDevice> requestDevice(GpuDescriptors.Device descriptor);
}
