package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBuffer;

/** A block of GPU memory. */
public interface GpuBuffer extends JSObject {
    int USAGE_MAP_READ = 0x1;
    int USAGE_COPY_SRC = 0x4;
    int USAGE_COPY_DST = 0x8;
    int USAGE_STORAGE = 0x80;
    int MAP_MODE_READ = 0x1;

    @JSProperty
    double getSize();

    /** Rejects when the device is lost: settle it with {@link Promises#settle} before awaiting. */
    JSPromise<JSObject> mapAsync(int mode, double offset, double size);

    ArrayBuffer getMappedRange(double offset, double size);

    void unmap();

    void destroy();
}
