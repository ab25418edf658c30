package dev.torchlet.engine;

import dev.torchlet.engine.format.SizeText;

/**
 * Tensors as PyTorch's serialization sees them: a storage shared by views, and a view rebuilt
 * on a storage (what {@code torch._utils._rebuild_tensor_v2} does). Used by {@code dev.torchlet.engine.io}.
 */
public final class StorageViews {
    private StorageViews() {
    }

    /** The whole storage behind {@code tensor} (a view's storage is its base's). */
    public static Storage storageOf(Tensor tensor) {
        return tensor.storage();
    }

    /** A storage's elements on the CPU: itself there, a download from an accelerator. */
    public static Storage onHost(Storage storage) {
        return storage.toHost();
    }

    /** Whether two storages are the same memory (a tensor and its views, or {@code .data}). */
    public static boolean sameMemory(Storage a, Storage b) {
        return a == b || (a.dtype() == b.dtype() && a.sameMemory(b));
    }

    /** A tensor over {@code storage} with the given offset, shape and strides (no bounds beyond the storage). */
    public static Tensor view(Storage storage, long offset, long[] shape, long[] strides) {
        if (shape.length != strides.length) {
            throw TorchException.runtime("size and stride must have the same length (" + shape.length + " vs " + strides.length + ")");
        }
        long last = offset;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0) {
                last = -1;
                break;
            }
            last += (shape[d] - 1) * strides[d];
        }
        if (offset < 0 || last >= storage.size()) {
            throw TorchException.runtime("a tensor of size " + SizeText.list(shape) + " at offset " + offset
                    + " does not fit in a storage of " + storage.size() + " elements");
        }
        Tensor base = new Tensor(storage, new long[] {storage.size()});
        return Tensor.alias(base, offset, shape, strides);
    }
}
