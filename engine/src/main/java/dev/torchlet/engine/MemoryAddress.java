package dev.torchlet.engine;

/**
 * {@code data_ptr()}: a number standing for the address of a tensor's first element — the same for
 * tensors that start at the same place of the same memory, apart by {@code offset × element size}
 * within one memory — so "do these share memory?" checks work as in PyTorch. Not a real address:
 * each memory block gets a distinct base (its identity hash, spaced far apart).
 */
public final class MemoryAddress {
    private static final long BLOCK = 1L << 32;

    private MemoryAddress() {
    }

    public static long dataPtr(Tensor t) {
        long base = 0x10000L + (System.identityHashCode(t.storage()) & 0x7fffffffL) * BLOCK;
        return base + t.storageOffset() * t.dtype().itemSize();
    }
}
