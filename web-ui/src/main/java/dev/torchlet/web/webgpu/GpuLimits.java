package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The limits an adapter supports ({@code adapter.limits}), and the same keys as the limits a
 * device asks for ({@code requiredLimits}); sizes are in bytes.
 */
public interface GpuLimits extends JSObject {
    @JSProperty
    double getMaxStorageBufferBindingSize();

    @JSProperty
    void setMaxStorageBufferBindingSize(double bytes);

    @JSProperty
    double getMaxBufferSize();

    @JSProperty
    void setMaxBufferSize(double bytes);

    @JSProperty
    int getMaxStorageBuffersPerShaderStage();

    @JSProperty
    void setMaxStorageBuffersPerShaderStage(int count);

    /** A storage binding's offset into its buffer must be a multiple of this (256 by default). */
    @JSProperty
    int getMinStorageBufferOffsetAlignment();
}
