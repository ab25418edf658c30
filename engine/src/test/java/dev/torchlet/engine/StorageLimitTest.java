package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A host's cap on one tensor's memory turns a huge request into PyTorch's "not enough memory" RuntimeError. */
class StorageLimitTest {
    @AfterEach
    void unlimited() {
        Storage.setMaxBytes(Long.MAX_VALUE);
    }

    @Test
    void aTensorPastTheCapIsARuntimeErrorAndSmallerOnesAreMade() {
        Storage.setMaxBytes(1000);
        assertEquals(250, Torch.zeros(250).numel());
        TorchException e = assertThrows(TorchException.class, () -> Torch.zeros(251));
        assertEquals("DefaultCPUAllocator: not enough memory: you tried to allocate 1004 bytes (a tensor may take at most 1000 bytes here).",
                e.getMessage());
        // integer elements are held as 8-byte longs, so 126 of them already pass 1000 bytes
        assertThrows(TorchException.class, () -> Torch.zeros(126).to(DType.INT64));
    }
}
