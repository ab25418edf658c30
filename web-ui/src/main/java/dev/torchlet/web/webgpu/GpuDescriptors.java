package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSObjects;

/**
 * The dictionaries WebGPU's create calls take, as typed JSO views of plain objects, and factories
 * that fill them (only the members Torchlet uses).
 */
public final class GpuDescriptors {
    private GpuDescriptors() {
    }

    public interface Buffer extends JSObject {
        @JSProperty
        void setSize(double bytes);

        @JSProperty
        void setUsage(int usage);
    }

    public interface ShaderModule extends JSObject {
        @JSProperty
        void setCode(String wgsl);
    }

    public interface ProgrammableStage extends JSObject {
        @JSProperty
        void setModule(GpuShaderModule module);

        @JSProperty
        void setEntryPoint(String name);
    }

    public interface ComputePipeline extends JSObject {
        /** {@code "auto"}: the layout is derived from the shader's bindings. */
        @JSProperty
        void setLayout(String layout);

        @JSProperty
        void setCompute(ProgrammableStage stage);
    }

    public interface BufferBinding extends JSObject {
        @JSProperty
        void setBuffer(GpuBuffer buffer);

        @JSProperty
        void setOffset(double bytes);

        @JSProperty
        void setSize(double bytes);
    }

    public interface BindGroupEntry extends JSObject {
        @JSProperty
        void setBinding(int binding);

        @JSProperty
        void setResource(BufferBinding resource);
    }

    public interface BindGroup extends JSObject {
        @JSProperty
        void setLayout(GpuBindGroupLayout layout);

        @JSProperty
        void setEntries(JSArray<BindGroupEntry> entries);
    }

    public interface Device extends JSObject {
        @JSProperty
        void setRequiredLimits(GpuLimits limits);
    }

    public static Buffer buffer(double bytes, int usage) {
        Buffer d = JSObjects.create();
        d.setSize(bytes);
        d.setUsage(usage);
        return d;
    }

    public static ShaderModule shaderModule(String wgsl) {
        ShaderModule d = JSObjects.create();
        d.setCode(wgsl);
        return d;
    }

    public static ComputePipeline computePipeline(GpuShaderModule module, String entryPoint) {
        ProgrammableStage stage = JSObjects.create();
        stage.setModule(module);
        stage.setEntryPoint(entryPoint);
        ComputePipeline d = JSObjects.create();
        d.setLayout("auto");
        d.setCompute(stage);
        return d;
    }

    /**
     * Binds each buffer whole, at bindings 0, 1, 2… in order, except the last, which is bound from
     * {@code lastOffset} for {@code lastSize} bytes (a kernel's params in a buffer shared by several
     * kernels).
     */
    public static BindGroup bindGroup(GpuBindGroupLayout layout, GpuBuffer[] buffers, double lastOffset, double lastSize) {
        JSArray<BindGroupEntry> entries = JSArray.create();
        for (int i = 0; i < buffers.length; i++) {
            BufferBinding resource = JSObjects.create();
            resource.setBuffer(buffers[i]);
            if (i == buffers.length - 1) {
                resource.setOffset(lastOffset);
                resource.setSize(lastSize);
            }
            BindGroupEntry entry = JSObjects.create();
            entry.setBinding(i);
            entry.setResource(resource);
            entries.push(entry);
        }
        BindGroup d = JSObjects.create();
        d.setLayout(layout);
        d.setEntries(entries);
        return d;
    }

    public static GpuLimits limits() {
        return JSObjects.create();
    }

    public static Device device(GpuLimits requiredLimits) {
        Device d = JSObjects.create();
        d.setRequiredLimits(requiredLimits);
        return d;
    }
}
