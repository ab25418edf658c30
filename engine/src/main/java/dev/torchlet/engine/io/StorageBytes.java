package dev.torchlet.engine.io;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Storage;

/** A storage as raw little-endian bytes, the layout of {@code data/<key>} records and safetensors data. */
final class StorageBytes {
    private StorageBytes() {
    }

    static byte[] encode(Storage storage) {
        DType dtype = storage.dtype();
        int n = storage.size();
        int width = dtype.itemSize();
        byte[] out = new byte[n * width];
        for (int i = 0; i < n; i++) {
            long bits = switch (dtype) {
                case FLOAT32 -> Float.floatToRawIntBits((float) storage.getDouble(i)); // exact: the value is a float
                case FLOAT64 -> Double.doubleToRawLongBits(storage.getDouble(i));
                default -> storage.getLong(i);
            };
            for (int b = 0; b < width; b++) {
                out[i * width + b] = (byte) (bits >>> (8 * b));
            }
        }
        return out;
    }

    static Storage decode(byte[] data, DType dtype, int numel) {
        Storage storage = Storage.allocate(dtype, numel);
        int width = dtype.itemSize();
        for (int i = 0; i < numel; i++) {
            long bits = 0;
            for (int b = 0; b < width; b++) {
                bits |= (long) (data[i * width + b] & 0xFF) << (8 * b);
            }
            switch (dtype) {
                case FLOAT32 -> storage.setDouble(i, Float.intBitsToFloat((int) bits));
                case FLOAT64 -> storage.setDouble(i, Double.longBitsToDouble(bits));
                case INT32 -> storage.setLong(i, (int) bits);
                case BOOL -> storage.setLong(i, bits != 0 ? 1 : 0);
                default -> storage.setLong(i, bits); // int64; uint8 is unsigned already
            }
        }
        return storage;
    }
}
