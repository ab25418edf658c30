package dev.torchlet.engine;

import dev.torchlet.engine.device.Device;
import dev.torchlet.engine.device.Devices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** For tests of the engine's device paths: a fresh {@link HostMemoryBackend} is {@code cuda:0} during each test. */
public abstract class OnTestDevice {
    protected final Device cuda = HostMemoryBackend.DEVICE;
    /** The test device, which records the kernels it was asked for ({@code backend.launched}). */
    protected HostMemoryBackend backend;

    @BeforeEach
    void registerTestDevice() {
        backend = new HostMemoryBackend();
        Devices.register(backend);
    }

    @AfterEach
    void unregisterTestDevice() {
        Devices.unregister(cuda);
    }
}
