package dev.torchlet.engine.nn;

import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.ValuesIndices;

/**
 * {@code F.max_pool1d}, {@code F.avg_pool1d} and {@code F.adaptive_avg_pool1d} on (N, C, L) or (C, L): as ATen writes them, the
 * 2-D pooling on input.unsqueeze(-2) with a 1×k window, squeezed back (grad_fn SqueezeBackward1).
 */
public final class Pooling1d {
    private Pooling1d() {
    }

    public static ValuesIndices maxPool1dWithIndices(Tensor input, int kernel, int stride, int padding, int dilation, boolean ceil) {
        if (input.dim() != 2 && input.dim() != 3) {
            StringBuilder shape = new StringBuilder("[");
            for (int d = 0; d < input.dim(); d++) {
                shape.append(d > 0 ? ", " : "").append(input.size(d));
            }
            throw TorchException.runtime("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for input, but got:"
                    + shape + "]");
        }
        ValuesIndices r = Pooling.maxPool2dWithIndices(ShapeOps.unsqueeze(input, -2), new int[] {1, kernel}, new int[] {1, stride},
                new int[] {0, padding}, new int[] {1, dilation}, ceil);
        return new ValuesIndices(ShapeOps.squeeze(r.values(), -2), ShapeOps.squeeze(r.indices(), -2));
    }

    public static Tensor avgPool1d(Tensor input, int kernel, int stride, int padding, boolean ceil, boolean countIncludePad) {
        if (input.dim() != 2 && input.dim() != 3) {
            throw TorchException.runtime("Expected 2 to 3 dimensions, but got " + input.dim()
                    + "-dimensional tensor for argument #1 'self' (while checking arguments for avg_pool1d)");
        }
        return ShapeOps.squeeze(AveragePooling.avgPool2d(ShapeOps.unsqueeze(input, -2), new int[] {1, kernel}, new int[] {1, stride},
                new int[] {0, padding}, ceil, countIncludePad, null), -2);
    }

    public static Tensor adaptiveAvgPool1d(Tensor input, int outputSize) {
        if (input.dim() != 2 && input.dim() != 3) {
            throw TorchException.runtime("Expected 2 to 3 dimensions, but got " + input.dim()
                    + "-dimensional tensor for argument #1 'self' (while checking arguments for adaptive_avg_pool1d)");
        }
        return ShapeOps.squeeze(AveragePooling.adaptiveAvgPool2d(ShapeOps.unsqueeze(input, -2), 1, outputSize), -2);
    }
}
