package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code block_diag(*tensors)}: the matrices along the diagonal of a zero matrix (a 0-d tensor is
 * a 1×1 block, a vector a 1×n row), in their promoted dtype; built by joining zero blocks, so it
 * runs on every device. The gradient is each block's region of the incoming gradient.
 */
public final class BlockDiagonal {
    private BlockDiagonal() {
    }

    public static Tensor blockDiag(List<Tensor> tensors) {
        if (tensors.isEmpty()) {
            return Torch.full(new long[] {1, 0}, Scalar.of(0L), Torch.getDefaultDtype());
        }
        DType type = tensors.get(0).dtype();
        long rows = 0;
        long cols = 0;
        List<Tensor> blocks = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            if (t.dim() > 2) {
                throw TorchException.runtime("torch.block_diag: Input tensors must have 2 or fewer dimensions. Input " + i + " has "
                        + t.dim() + " dimensions");
            }
            type = TypePromotion.promote(type, t.dtype());
            Tensor block = t.detach().reshape(t.dim() == 2 ? t.shape() : new long[] {1, t.dim() == 0 ? 1 : t.size(0)});
            blocks.add(block);
            rows += block.size(0);
            cols += block.size(1);
        }
        dev.torchlet.engine.device.Device device = tensors.get(0).device();
        List<Tensor> bands = new ArrayList<>();
        long before = 0;
        long[][] corners = new long[blocks.size()][];
        long top = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Tensor block = blocks.get(i).to(type);
            long r = block.size(0);
            long c = block.size(1);
            corners[i] = new long[] {top, before, r, c};
            List<Tensor> band = new ArrayList<>();
            band.add(Torch.full(new long[] {r, before}, Scalar.of(0L), type, device));
            band.add(block);
            band.add(Torch.full(new long[] {r, cols - before - c}, Scalar.of(0L), type, device));
            bands.add(Joins.cat(band, 1));
            before += c;
            top += r;
        }
        Tensor result = rows == 0 ? Torch.full(new long[] {0, cols}, Scalar.of(0L), type, device) : Joins.cat(bands, 0);
        Tensor[] inputs = tensors.toArray(new Tensor[0]);
        return Graph.record(result, "BlockDiagBackward0", g -> {
            Tensor[] grads = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                long[] at = corners[i];
                grads[i] = g.slice(0, at[0], at[0] + at[2], 1).slice(1, at[1], at[1] + at[3], 1).reshape(inputs[i].shape());
            }
            return grads;
        }, inputs);
    }
}
