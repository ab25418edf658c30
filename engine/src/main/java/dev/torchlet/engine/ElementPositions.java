package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * The gather/scatter primitive behind indexing and its functions: element positions are
 * row-major numbers within a (possibly strided) tensor, so one loop serves x[idx], gather,
 * take, index_select, masked_select and their backward passes.
 */
final class ElementPositions {
    private ElementPositions() {
    }

    /**
     * A new tensor of {@code shape} whose element i is element {@code sources[i]} of {@code from},
     * or zero where {@code sources[i]} is negative (the padding of windowed gathers: convolution, pooling).
     */
    static Tensor take(Tensor from, long[] sources, long[] shape) {
        if (!from.device().isCpu()) {
            return DeviceKernels.take(from, sources, shape);
        }
        Tensor out = Tensor.empty(shape, from.dtype());
        Storage storage = out.storage();
        boolean floating = from.dtype().isFloatingPoint();
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] < 0) {
                continue; // a new storage holds zeros
            } else if (floating) {
                storage.setDouble(i, from.doubleAt(sources[i]));
            } else {
                storage.setLong(i, from.longAt(sources[i]));
            }
        }
        return out;
    }

    /**
     * Writes {@code values} (broadcast to {@code valuesShape}, one per position) into elements
     * {@code targets} of {@code into}; with {@code accumulate}, adds instead (repeated positions add up).
     */
    static void put(Tensor into, long[] targets, Tensor values, long[] valuesShape, boolean accumulate) {
        Tensor v = values.detach().to(into.dtype()).contiguous();
        if (!into.device().isCpu()) {
            DeviceKernels.put(into, targets, IndexFunctions.broadcastTo(v.to(into.device()), valuesShape).contiguous(), accumulate);
            return;
        }
        long[] readStrides = Broadcast.expandedStrides(v.shape(), valuesShape);
        Storage storage = into.storage();
        storage.bumpVersion();
        boolean floating = into.dtype().isFloatingPoint();
        for (int i = 0; i < targets.length; i++) {
            long at = 0;
            long remaining = i;
            for (int j = valuesShape.length - 1; j >= 0; j--) {
                at += (remaining % valuesShape[j]) * readStrides[j];
                remaining /= valuesShape[j];
            }
            int position = into.storageIndex(targets[i]);
            if (floating) {
                storage.setDouble(position, (accumulate ? storage.getDouble(position) : 0) + v.doubleAt(at));
            } else {
                storage.setLong(position, (accumulate ? storage.getLong(position) : 0) + v.longAt(at));
            }
        }
    }

    /**
     * The backward of a gather: zeros of {@code shape} with {@code g}'s elements added at their
     * source positions. Recorded itself (its derivative gathers again), so create_graph works through it.
     */
    static Tensor scatterInto(long[] shape, long[] sources, Tensor g) {
        Tensor grad = Torch.full(shape, Scalar.of(0L), g.dtype(), g.device());
        put(grad, sources, g, g.shape(), true);
        long[] gShape = g.shape();
        return Graph.record(grad, "IndexBackwardBackward0", gg -> new Tensor[] {take(gg, sources, gShape)}, g);
    }
}
