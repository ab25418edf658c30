package dev.torchlet.engine.device;

import dev.torchlet.engine.DType;

/**
 * One operand of a device kernel: a strided view of device memory (shape, strides and offset in
 * elements, as the tensor has them), so kernels read views in place without a copy.
 */
public record DeviceView(DeviceMemory memory, DType dtype, long[] shape, long[] strides, long offset) {
    public long numel() {
        long n = 1;
        for (long size : shape) {
            n *= size;
        }
        return n;
    }
}
