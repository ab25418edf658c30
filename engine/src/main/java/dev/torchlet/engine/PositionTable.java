package dev.torchlet.engine;

import dev.torchlet.engine.device.Device;
import dev.torchlet.engine.device.DeviceBackend;
import dev.torchlet.engine.device.Devices;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Element positions planned once on the host and kept on an accelerator, for gathers a training
 * loop repeats every step with the same geometry (the windows of convolution and pooling): the
 * plan is made and uploaded on first use, then every step only launches the gather. Tables are
 * kept for the most recently used geometries; an evicted one returns to the device's memory pool
 * when it is collected.
 */
public final class PositionTable {
    private static final int KEPT = 48;
    private static final Map<String, PositionTable> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PositionTable> eldest) {
            return size() > KEPT;
        }
    };

    private final Tensor positions;
    /** The backend whose memory holds the table: a device lost and opened again gets new tables. */
    private final DeviceBackend backend;

    private PositionTable(Tensor positions, DeviceBackend backend) {
        this.positions = positions;
        this.backend = backend;
    }

    /**
     * The table for {@code geometry} (a key naming everything the plan depends on) on {@code device},
     * planned by {@code plan} when not kept: row-major element positions, negative for zero.
     */
    public static PositionTable on(Device device, String geometry, Supplier<long[]> plan) {
        DeviceBackend backend = Devices.backend(device);
        String key = device + " " + geometry;
        PositionTable kept = RECENT.get(key);
        if (kept == null || kept.backend != backend) {
            kept = new PositionTable(DeviceKernels.integers(plan.get(), device), backend);
            RECENT.put(key, kept);
        }
        return kept;
    }

    /** A tensor of {@code shape} whose element i is element {@code positions[i]} of {@code from} (row-major), or zero. */
    public Tensor gather(Tensor from, long... shape) {
        return DeviceKernels.take(from, positions, shape);
    }

    /** A gather whose int64 positions were computed on the device (e.g. from a reduction's indices). */
    public static Tensor gather(Tensor from, Tensor positions, long... shape) {
        return DeviceKernels.take(from, positions, shape);
    }

    /** The positions themselves (int64, on the device), for computing with them. */
    public Tensor positions() {
        return positions;
    }
}
