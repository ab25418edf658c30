package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cummax}/{@code cummin}: the running largest (smallest) value along a dim and where it was
 * found. As in PyTorch, an equal value moves the index to the later element and a NaN, once met,
 * stays (its latest position is the index). Built one slice at a time from comparisons and wheres,
 * so it runs on every device; the gradient goes back to the recorded positions (scatter_add).
 */
public final class RunningExtremes {
    private RunningExtremes() {
    }

    public static ValuesIndices cummax(Tensor t, int dim) {
        return running(t, dim, true, "CummaxBackward0");
    }

    public static ValuesIndices cummin(Tensor t, int dim) {
        return running(t, dim, false, "CumminBackward0");
    }

    private static ValuesIndices running(Tensor t, int dim, boolean largest, String gradFn) {
        int d = Dims.wrap(dim, t.dim());
        Tensor x = t.dim() == 0 ? t.detach().reshape(1) : t.detach();
        long size = x.size(d);
        Tensor values;
        Tensor indices;
        if (size == 0) {
            values = x.clone();
            indices = Torch.full(x.shape(), Scalar.of(0L), DType.INT64, x.device());
        } else {
            List<Tensor> valueSlices = new ArrayList<>();
            List<Tensor> indexSlices = new ArrayList<>();
            Tensor best = x.select(d, 0);
            Tensor where = Torch.full(best.shape(), Scalar.of(0L), DType.INT64, x.device());
            valueSlices.add(best);
            indexSlices.add(where);
            for (long k = 1; k < size; k++) {
                Tensor current = x.select(d, k);
                Tensor wins = largest ? Comparisons.ge(current, best) : Comparisons.le(current, best);
                if (x.dtype().isFloatingPoint()) {
                    Tensor bestIsNumber = Comparisons.logicalNot(FloatChecks.isnan(best));
                    wins = Comparisons.logical(Comparisons.Logical.OR, FloatChecks.isnan(current),
                            Comparisons.logical(Comparisons.Logical.AND, bestIsNumber, wins));
                }
                best = Torch.where(wins, current, best);
                where = Torch.where(wins, Torch.full(new long[0], Scalar.of(k), DType.INT64), where);
                valueSlices.add(best);
                indexSlices.add(where);
            }
            values = Joins.stack(valueSlices, d);
            indices = Joins.stack(indexSlices, d);
        }
        values = values.reshape(t.shape());
        indices = indices.reshape(t.shape());
        Tensor found = indices;
        Tensor result = Graph.record(values, gradFn, new Tensor[] {found}, g -> {
            if (t.dim() == 0) {
                return new Tensor[] {g};
            }
            Tensor zeros = Torch.full(t.shape(), Scalar.of(0L), g.dtype(), g.device());
            return new Tensor[] {zeros.scatterAdd(d, found, g)};
        }, t);
        return new ValuesIndices(result, indices);
    }
}
