package dev.torchlet.web.device;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Storage;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.device.Device;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.ArrayBufferView;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * A host storage's elements as the 32-bit words a GPU buffer holds, and back: float32 as is,
 * integers narrowed to int32 (an int64 value outside that range is an error, not a silent wrap)
 * and widened on the way back, bools as 0/1 words.
 */
final class HostTransfers {
    private HostTransfers() {
    }

    static ArrayBufferView words(Storage source, Device device) {
        if (source.dtype() == DType.FLOAT32) {
            return Float32Array.copyFromJavaArray(source.float32Elements());
        }
        long[] values = source.integerElements();
        if (values == null) {
            throw new UnsupportedOperationException(source.dtype().pytorchName() + " tensors cannot live on WebGPU");
        }
        int[] words = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            long value = values[i];
            if (value != (int) value) {
                throw TorchException.runtime("Value " + value + " at index " + i + " of an " + source.dtype().pytorchName()
                        + " tensor cannot be moved to " + device + ": WebGPU holds integers as int32, from "
                        + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
            }
            words[i] = (int) value;
        }
        return Int32Array.copyFromJavaArray(words);
    }

    /** Fills the host storage from the first {@code target.size()} words of {@code data}. */
    static void fill(Storage target, ArrayBuffer data) {
        int n = target.size();
        if (target.dtype() == DType.FLOAT32) {
            float[] values = Float32Array.create(data, 0, n).copyToJavaArray();
            System.arraycopy(values, 0, target.float32Elements(), 0, n);
            return;
        }
        int[] words = Int32Array.create(data, 0, n).copyToJavaArray();
        long[] elements = target.integerElements();
        for (int i = 0; i < n; i++) {
            elements[i] = words[i];
        }
    }
}
