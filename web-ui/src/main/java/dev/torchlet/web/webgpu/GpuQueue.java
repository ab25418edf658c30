package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBufferView;

/**
 * The device's queue. Writes and submissions run in the order they are issued, so a buffer may be
 * rewritten (or handed to another tensor) right after the work that read it was submitted.
 */
public interface GpuQueue extends JSObject {
    void writeBuffer(GpuBuffer buffer, double bufferOffset, ArrayBufferView data);

    void submit(JSArray<GpuCommandBuffer> commandBuffers);

    /** Settles when the GPU has finished all work submitted before the call. */
    JSPromise<JSObject> onSubmittedWorkDone();
}
