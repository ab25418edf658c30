package dev.torchlet.web.device;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.device.DeviceView;
import dev.torchlet.gpu.GpuDType;
import dev.torchlet.gpu.TensorLayout;

/** Engine dtypes and views as the kernels' {@link GpuDType}s and {@link TensorLayout}s. */
final class GpuLayouts {
    private GpuLayouts() {
    }

    /**
     * The element type a dtype is stored as on the GPU, or null where it cannot live there: WGSL
     * has no 64-bit types (int64 is narrowed to int32, float64 is refused) and no bytes in storage
     * buffers (uint8 is held in int32 words; the engine masks uint8 results back into 0..255, so
     * its arithmetic wraps as PyTorch's does).
     */
    static GpuDType of(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> GpuDType.FLOAT32;
            case INT32, INT64, UINT8 -> GpuDType.INT32;
            case BOOL -> GpuDType.BOOL;
            case FLOAT64 -> null;
        };
    }

    static TensorLayout of(DeviceView view) {
        GpuDType dtype = of(view.dtype());
        if (dtype == null) {
            throw new UnsupportedOperationException(view.dtype().pytorchName() + " tensors cannot live on WebGPU");
        }
        return new TensorLayout(ints(view.shape()), ints(view.strides()), toInt(view.offset()), dtype);
    }

    /** A fresh contiguous layout of the view's shape and dtype (for a temporary). */
    static TensorLayout contiguousLike(DeviceView view) {
        return TensorLayout.contiguous(of(view).dtype(), ints(view.shape()));
    }

    private static int[] ints(long[] values) {
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toInt(values[i]);
        }
        return result;
    }

    private static int toInt(long value) {
        if (value != (int) value) {
            throw new UnsupportedOperationException("a size, stride or offset of " + value + " does not fit WebGPU's 32-bit indices");
        }
        return (int) value;
    }
}
