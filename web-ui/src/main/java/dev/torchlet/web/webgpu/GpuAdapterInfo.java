package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** What the browser tells about an adapter (strings may be empty: browsers hide details). */
public interface GpuAdapterInfo extends JSObject {
    @JSProperty
    String getVendor();

    @JSProperty
    String getArchitecture();

    @JSProperty
    String getDevice();

    @JSProperty
    String getDescription();
}
