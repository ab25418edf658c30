package dev.torchlet.engine;

import java.util.ArrayList;
import java.util.List;

/** {@code cartesian_prod(*tensors)}: every combination of the vectors' elements, one row each (meshgrid, flattened, stacked). */
public final class CartesianProduct {
    private CartesianProduct() {
    }

    public static Tensor cartesianProd(List<Tensor> tensors) {
        for (Tensor t : tensors) {
            if (t.dim() != 1) {
                throw TorchException.runtime("Expect a 1D vector, but got shape " + dev.torchlet.engine.format.SizeText.list(t.shape()));
            }
        }
        if (tensors.size() == 1) {
            return tensors.get(0);
        }
        List<Tensor> columns = new ArrayList<>();
        for (Tensor grid : WindowsAndGrids.meshgrid(tensors, "ij")) {
            columns.add(grid.reshape(-1));
        }
        return Joins.stack(columns, 1);
    }
}
