package dev.torchlet.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Order-based reductions: {@code max}/{@code min} (of everything, or along a dimension with
 * their indices), {@code argmax}/{@code argmin}, {@code sort}/{@code argsort} and {@code topk}.
 * NaN counts as larger than every number, so it wins a max and sorts last, as in PyTorch.
 * On an accelerator sort and topk are the backend's stable sort, and every gradient of a
 * selection goes back with positions computed on the device (nothing is downloaded).
 */
public final class Extrema {
    private Extrema() {
    }

    /** {@code max()}: the largest element, as a 0-d tensor. */
    public static Tensor max(Tensor t) {
        return Derivatives.extremum(whole(t, true, "max"), t, "MaxBackward1");
    }

    /** {@code min()}: the smallest element, as a 0-d tensor. */
    public static Tensor min(Tensor t) {
        return Derivatives.extremum(whole(t, false, "min"), t, "MinBackward1");
    }

    /** {@code max(dim, keepdim)}: the largest values along {@code dim} and where they are (first on ties). */
    public static ValuesIndices max(Tensor t, int dim, boolean keepdim) {
        return alongDim(t, dim, keepdim, true, "max", "MaxBackward0");
    }

    /** {@code min(dim, keepdim)}: the smallest values along {@code dim} and where they are. */
    public static ValuesIndices min(Tensor t, int dim, boolean keepdim) {
        return alongDim(t, dim, keepdim, false, "min", "MinBackward0");
    }

    /** {@code argmax(dim, keepdim)}; {@code dim} null means the index into the flattened tensor. */
    public static Tensor argmax(Tensor t, Integer dim, boolean keepdim) {
        return argExtremum(t, dim, keepdim, true, "argmax");
    }

    public static Tensor argmin(Tensor t, Integer dim, boolean keepdim) {
        return argExtremum(t, dim, keepdim, false, "argmin");
    }

    private static Tensor whole(Tensor t, boolean largest, String name) {
        if (t.numel() == 0) {
            throw TorchException.runtime(name + "(): Expected reduction dim to be specified for input.numel() == 0. "
                    + "Specify the reduction dim with the 'dim' argument.");
        }
        if (!t.device().isCpu()) {
            return DeviceKernels.reduce(name, t, null, new long[0], t.dtype());
        }
        Lanes lanes = Lanes.of(t, null);
        Tensor out = Tensor.empty(new long[0], t.dtype());
        copyElement(lanes, 0, best(lanes, 0, largest), out, 0);
        return out;
    }

    private static Tensor argExtremum(Tensor t, Integer dim, boolean keepdim, boolean largest, String name) {
        if (dim == null && t.numel() == 0) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, name + "(): Expected reduction dim to be specified for input.numel() == 0.");
        }
        Integer d = dim == null ? null : Dims.wrap(dim, t.dim());
        if (!t.device().isCpu()) {
            // Over the flattened tensor when no dim is given: a 1-D view (or copy) of it.
            Tensor source = d == null || t.dim() == 0 ? t.detach().reshape(t.numel()) : t.detach();
            int along = d == null || t.dim() == 0 ? 0 : d;
            requireNonEmpty(source, along, name);
            long[] shape = reducedShape(t.shape(), d, keepdim);
            return DeviceKernels.reduceWithIndex(largest ? "max" : "min", source, along, shape)[1];
        }
        Lanes lanes = Lanes.of(t, d);
        requireNonEmpty(lanes, name);
        Tensor indices = Tensor.empty(lanes.reducedShape(keepdim), DType.INT64);
        for (long lane = 0; lane < lanes.lanes(); lane++) {
            indices.storage().setLong((int) lane, best(lanes, lane, largest));
        }
        return indices;
    }

    private static ValuesIndices alongDim(Tensor t, int dim, boolean keepdim, boolean largest, String name, String gradFnName) {
        int d = Dims.wrap(dim, t.dim());
        if (!t.device().isCpu()) {
            Tensor source = t.dim() == 0 ? t.detach().reshape(1) : t.detach();
            requireNonEmpty(source, 0, name);
            Tensor[] found = DeviceKernels.reduceWithIndex(name, source, t.dim() == 0 ? 0 : d, reducedShape(t.shape(), d, keepdim));
            return new ValuesIndices(Derivatives.selectedAlong(found[0], t, d, found[1], keepdim, gradFnName), found[1]);
        }
        Lanes lanes = Lanes.of(t, d);
        requireNonEmpty(lanes, name);
        long[] shape = lanes.reducedShape(keepdim);
        Tensor values = Tensor.empty(shape, t.dtype());
        Tensor indices = Tensor.empty(shape, DType.INT64);
        for (long lane = 0; lane < lanes.lanes(); lane++) {
            long k = best(lanes, lane, largest);
            copyElement(lanes, lane, k, values, lane);
            indices.storage().setLong((int) lane, k);
        }
        return new ValuesIndices(Derivatives.selectedAlong(values, t, d, indices, keepdim, gradFnName), indices);
    }

    /** The shape of a reduction along {@code dim} (null: over everything), as Lanes gives it. */
    private static long[] reducedShape(long[] shape, Integer dim, boolean keepdim) {
        if (dim == null || shape.length == 0) {
            return Reductions.resultShape(shape, null, keepdim);
        }
        boolean[] reduced = new boolean[shape.length];
        reduced[dim] = true;
        return Reductions.resultShape(shape, reduced, keepdim);
    }

    /** PyTorch's error for a reduction along an empty dim of a tensor that has other elements. */
    private static void requireNonEmpty(Tensor t, int dim, String name) {
        long[] shape = t.shape();
        if (shape[dim] == 0 && Dims.product(shape, 0, dim) * Dims.product(shape, dim + 1, shape.length) > 0) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, name + "(): Expected reduction dim " + dim
                    + " to have non-zero size.");
        }
    }

    private static void requireNonEmpty(Lanes lanes, String name) {
        if (lanes.size == 0 && lanes.lanes() > 0) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, name + "(): Expected reduction dim " + Math.max(lanes.dim, 0)
                    + " to have non-zero size.");
        }
    }

    /** Index of the first largest (or smallest) element of a lane; the first NaN beats everything. */
    private static long best(Lanes lanes, long lane, boolean largest) {
        long bestK = 0;
        double bestValue = lanes.get(lane, 0);
        long bestLong = lanes.getLong(lane, 0);
        boolean floating = lanes.source.dtype().isFloatingPoint();
        for (long k = 1; k < lanes.size && !(floating && Double.isNaN(bestValue)); k++) {
            if (floating) {
                double v = lanes.get(lane, k);
                if (Double.isNaN(v) || (largest ? v > bestValue : v < bestValue)) {
                    bestValue = v;
                    bestK = k;
                }
            } else {
                long v = lanes.getLong(lane, k);
                if (largest ? v > bestLong : v < bestLong) {
                    bestLong = v;
                    bestK = k;
                }
            }
        }
        return bestK;
    }

    private static void copyElement(Lanes lanes, long lane, long k, Tensor out, long at) {
        if (out.dtype().isFloatingPoint()) {
            out.storage().setDouble((int) at, lanes.get(lane, k));
        } else {
            out.storage().setLong((int) at, lanes.getLong(lane, k));
        }
    }

    /** {@code sort(dim, descending)}: stable, NaN last when ascending (first when descending). */
    public static ValuesIndices sort(Tensor t, int dim, boolean descending) {
        int d = Dims.wrap(dim, t.dim());
        if (!t.device().isCpu()) {
            return orderedOnDevice(t, d, t.size(d), descending, "SortBackward0");
        }
        Lanes lanes = Lanes.of(t, t.dim() == 0 ? null : d);
        return ordered(t, d, lanes, lanes.size, descending, "SortBackward0");
    }

    /** {@code argsort(dim, descending)}: the indices that sort. */
    public static Tensor argsort(Tensor t, int dim, boolean descending) {
        return sort(t.detach(), dim, descending).indices();
    }

    /** {@code topk(k, dim, largest, sorted)}: the k largest (or smallest) along {@code dim}, in order. */
    public static ValuesIndices topk(Tensor t, long k, int dim, boolean largest) {
        int d = Dims.wrap(dim, t.dim());
        if (k < 0 || k > t.size(d)) {
            throw TorchException.runtime("selected index k out of range");
        }
        if (!t.device().isCpu()) {
            return orderedOnDevice(t, d, k, largest, "TopkBackward0");
        }
        Lanes lanes = Lanes.of(t, t.dim() == 0 ? null : d);
        return ordered(t, d, lanes, k, largest, "TopkBackward0");
    }

    private static ValuesIndices ordered(Tensor t, int d, Lanes lanes, long keep, boolean descending, String gradFnName) {
        long[] shape = t.shape();
        if (shape.length > 0) {
            shape[d] = keep;
        }
        Tensor values = Tensor.empty(shape, t.dtype());
        Tensor indices = Tensor.empty(shape, DType.INT64);
        Lanes out = Lanes.of(values, shape.length == 0 ? null : d);
        boolean floating = t.dtype().isFloatingPoint();
        for (long lane = 0; lane < lanes.lanes(); lane++) {
            List<Long> order = new ArrayList<>();
            for (long k = 0; k < lanes.size; k++) {
                order.add(k);
            }
            final long l = lane;
            // List.sort is a stable merge sort: equal elements keep their order, as PyTorch's stable sort.
            order.sort((x, y) -> {
                int c = floating ? compareWithNanLast(lanes.get(l, x), lanes.get(l, y))
                        : Long.compare(lanes.getLong(l, x), lanes.getLong(l, y));
                return descending ? -c : c;
            });
            for (long k = 0; k < keep; k++) {
                long from = order.get((int) k);
                int at = (int) out.position(lane, k);
                copyElement(lanes, lane, from, values, at);
                indices.storage().setLong(at, from);
            }
        }
        return new ValuesIndices(Derivatives.selectedAlong(values, t, d, indices, true, gradFnName), indices);
    }

    /**
     * sort and topk on an accelerator: the backend's stable sort, then the first {@code keep} along
     * {@code d} (topk's k largest are the first k of the descending sort, so ties pick the same
     * elements as on the CPU).
     */
    private static ValuesIndices orderedOnDevice(Tensor t, int d, long keep, boolean descending, String gradFnName) {
        Tensor[] sorted = DeviceKernels.sort(t.detach(), d, descending);
        Tensor values = sorted[0];
        Tensor indices = sorted[1];
        if (t.dim() > 0 && keep < t.size(d)) {
            values = values.slice(d, 0L, keep, 1).contiguous();
            indices = indices.slice(d, 0L, keep, 1).contiguous();
        }
        return new ValuesIndices(Derivatives.selectedAlong(values, t, d, indices, true, gradFnName), indices);
    }

    private static int compareWithNanLast(double a, double b) {
        boolean nanA = Double.isNaN(a);
        boolean nanB = Double.isNaN(b);
        if (nanA || nanB) {
            return nanA == nanB ? 0 : nanA ? 1 : -1;
        }
        return Double.compare(a == 0 ? 0.0 : a, b == 0 ? 0.0 : b);
    }

    /**
     * The gradient of a selection along {@code dim}: zeros of the input's shape with each incoming
     * gradient element added at the position its index names ({@code grad} and {@code indices}
     * have the input's shape except along {@code dim}).
     */
    static Tensor spreadBack(long[] inputShape, int dim, Tensor grad, Tensor indices) {
        Tensor result = Torch.full(inputShape, Scalar.of(0L), grad.dtype(), grad.device());
        if (inputShape.length == 0) {
            return result.add(grad.reshape());
        }
        if (!grad.device().isCpu()) {
            // Element j of lane (o, i) goes to (o, indices[o, j, i], i) of the input: position
            // o * size * inner + i (known from the shapes) plus indices * inner (on the device).
            // A lane's indices never repeat, so the positions are distinct and need no plan from their values.
            long inner = Dims.product(inputShape, dim + 1, inputShape.length);
            long size = inputShape[dim];
            long[] gradShape = grad.shape();
            long count = gradShape[dim];
            int n = (int) grad.numel();
            Tensor laneStarts = Tensor.empty(gradShape, DType.INT64);
            for (int k = 0; k < n; k++) {
                laneStarts.storage().setLong(k, k / (count * inner) * size * inner + k % inner);
            }
            Tensor targets = indices.detach().mul(Scalar.of(inner)).add(laneStarts.transferredTo(grad.device())).reshape(n);
            DeviceKernels.putDistinct(result, targets.contiguous(), grad.detach().contiguous().reshape(n), true);
            return result;
        }
        Lanes from = Lanes.of(grad, dim);
        Lanes idx = Lanes.of(indices, dim);
        Lanes to = Lanes.of(result, dim);
        Storage s = result.storage();
        for (long lane = 0; lane < from.lanes(); lane++) {
            for (long j = 0; j < from.size; j++) {
                int at = (int) to.position(lane, idx.getLong(lane, j));
                s.setDouble(at, s.getDouble(at) + from.get(lane, j));
            }
        }
        return result;
    }
}
