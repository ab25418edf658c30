package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/** {@code rot90(k, dims)}: a quarter turn k times in the plane of two dims, from flips and a transpose (as PyTorch builds it). */
public final class Rotation {
    private Rotation() {
    }

    public static Tensor rot90(Tensor t, long k, int[] dims) {
        if (dims.length != 2) {
            throw TorchException.runtime("expected total rotation dims == 2, but got dims = " + dims.length);
        }
        if (t.dim() < 2) {
            throw TorchException.runtime("expected total dims >= 2, but got total dims = " + t.dim());
        }
        if (dims[0] == dims[1] || Math.floorMod(dims[0], t.dim()) == Math.floorMod(dims[1], t.dim())) {
            throw TorchException.runtime("expected rotation dims to be different, but got dim0 = " + dims[0] + " and dim1 = " + dims[1]);
        }
        if (dims[0] < -t.dim() || dims[0] >= t.dim()) {
            throw TorchException.runtime("Rotation dim0 out of range, dim0 = " + dims[0]);
        }
        if (dims[1] < -t.dim() || dims[1] >= t.dim()) {
            throw TorchException.runtime("Rotation dim1 out of range, dim1 = " + dims[1]);
        }
        int d0 = Dims.wrap(dims[0], t.dim());
        int d1 = Dims.wrap(dims[1], t.dim());
        int turns = (int) Math.floorMod(k, 4L);
        Tensor x = t.detach();
        Tensor r = switch (turns) {
            case 1 -> ShapeOps.flip(x, d1).transpose(d0, d1);
            case 2 -> ShapeOps.flip(x, d0, d1);
            case 3 -> ShapeOps.flip(x, d0).transpose(d0, d1);
            default -> x.clone();
        };
        return Graph.record(r, "Rot90Backward0", g -> new Tensor[] {rot90(g, -k, dims)}, t);
    }
}
