package dev.torchlet.gpu;

/**
 * Gather-style indexing along one dim with int32 indices, and its backward:
 * <ul>
 * <li>{@link #gather} ({@code torch.gather}): {@code out[c] = input[c with c[dim] = index[c]]};
 * <li>{@link #indexSelect} ({@code torch.index_select}): the same kernel, with the 1-D index
 *     read as a view of the output's shape (stride 0 outside {@code dim});
 * <li>{@link #scatterAdd} ({@code Tensor.scatter_add_}): {@code out[c with c[dim] = index[c]] += src[c]};
 * <li>{@link #indexAdd} ({@code Tensor.index_add_}): the same kernel with the 1-D index viewed
 *     as the source's shape.
 * </ul>
 * Negative indices count from the end of {@code dim} (as Python indexing does); indices out of
 * range must be rejected by the engine before dispatch (WGSL keeps the access inside the buffer,
 * but the value read is unspecified).
 *
 * <p>Scatter is deterministic and needs no atomics (WGSL has none for f32): one thread per
 * element of {@code out} walks the index entries along {@code dim} that share its other
 * coordinates and adds the source values of those that point at it, in index order, to its own
 * element. So every sum is made in the same order as PyTorch's CPU loop, each element is written
 * by one thread only, and the result is the same on every run and every GPU. It costs
 * {@code out.numel() * index.size(dim)} index reads: cheap for the backward of gather along a
 * class dim or of a short index_select; an embedding-sized index_add would want a sorted,
 * segmented kernel instead.
 *
 * <p>Bindings, gather/index_select: input, index, out; scatter_add/index_add: src, index, out
 * (read_write, accumulated in place: the engine first fills it with {@code self} or zeros).
 * Params, gather: {@code [numel(out), rank, dim, outOffset, inOffset, indexOffset, inDimSize,
 * outShape[rank], outStrides[rank], inStrides[rank], indexStrides[rank]]};
 * scatter: {@code [numel(out), rank, dim, outOffset, srcOffset, indexOffset, indexDimSize,
 * outShape[rank], outStrides[rank], srcStrides[rank], indexStrides[rank], indexShape[rank]]}
 * (index strides are those of the index viewed in the output's shape for gather and in the
 * source's shape for scatter).
 */
public final class IndexKernels {
    public static final int WORKGROUP_SIZE = 256;

    private IndexKernels() {
    }

    /** {@code out = torch.gather(input, dim, index)}: out and index have one shape, input the same rank. */
    public static KernelLaunch gather(TensorLayout input, int dim, TensorLayout index, TensorLayout out) {
        requireIndex(index);
        checkDim(dim, input.rank());
        if (index.rank() != input.rank() || !java.util.Arrays.equals(index.shape(), out.shape())) {
            throw new IllegalArgumentException("gather: index has the input's rank and the output's shape");
        }
        for (int d = 0; d < input.rank(); d++) {
            if (d != dim && index.shape()[d] > input.shape()[d]) {
                throw new IllegalArgumentException("gather: index is larger than the input in dimension " + d);
            }
        }
        return gatherLaunch(input, dim, index.strides(), index.offset(), out);
    }

    /** {@code out = torch.index_select(input, dim, index)} with a 1-D (or 0-d) index. */
    public static KernelLaunch indexSelect(TensorLayout input, int dim, TensorLayout index, TensorLayout out) {
        requireIndex(index);
        checkDim(dim, input.rank());
        int[] expected = input.shape().clone();
        if (input.rank() > 0) {
            expected[dim] = index.numel();
        }
        if (index.rank() > 1 || !java.util.Arrays.equals(expected, out.shape())) {
            throw new IllegalArgumentException("index_select: a 1-D index, and the output is the input with dim " + dim
                    + " of the index's size");
        }
        return gatherLaunch(input, dim, alongDim(index, out.rank(), dim), index.offset(), out);
    }

    /** {@code out.scatter_add_(dim, index, src)}: index has src's rank and is no larger than src (nor out outside dim). */
    public static KernelLaunch scatterAdd(TensorLayout out, int dim, TensorLayout index, TensorLayout src) {
        requireIndex(index);
        checkDim(dim, out.rank());
        if (index.rank() != out.rank() || src.rank() != out.rank()) {
            throw new IllegalArgumentException("scatter_add: index, src and self have one rank");
        }
        for (int d = 0; d < out.rank(); d++) {
            if (index.shape()[d] > src.shape()[d] || d != dim && index.shape()[d] > out.shape()[d]) {
                throw new IllegalArgumentException("scatter_add: index is larger than src or self in dimension " + d);
            }
        }
        return scatterLaunch(out, dim, index.shape(), index.strides(), index.offset(), src);
    }

    /** {@code out.index_add_(dim, index, source)} with a 1-D (or 0-d) index; source is out with dim of the index's size. */
    public static KernelLaunch indexAdd(TensorLayout out, int dim, TensorLayout index, TensorLayout source) {
        requireIndex(index);
        checkDim(dim, out.rank());
        int[] expected = out.shape().clone();
        if (out.rank() > 0) {
            expected[dim] = index.numel();
        }
        if (index.rank() > 1 || !java.util.Arrays.equals(expected, source.shape())) {
            throw new IllegalArgumentException("index_add: a 1-D index, and source is self with dim " + dim
                    + " of the index's size");
        }
        return scatterLaunch(out, dim, source.shape(), alongDim(index, source.rank(), dim), index.offset(), source);
    }

    private static void requireIndex(TensorLayout index) {
        if (index.dtype() != GpuDType.INT32) {
            throw new IllegalArgumentException("indices are int32 on the GPU");
        }
    }

    private static void checkDim(int dim, int rank) {
        if (dim < 0 || dim >= Math.max(rank, 1)) {
            throw new IllegalArgumentException("dimension " + dim + " out of range for rank " + rank);
        }
    }

    /** The strides of a 1-D index read as a tensor of {@code rank} dims that varies only along {@code dim}. */
    private static int[] alongDim(TensorLayout index, int rank, int dim) {
        int[] strides = new int[rank];
        if (rank > 0 && index.rank() == 1) {
            strides[dim] = index.strides()[0];
        }
        return strides;
    }

    private static KernelLaunch gatherLaunch(TensorLayout input, int dim, int[] indexStrides, int indexOffset, TensorLayout out) {
        if (input.dtype() != out.dtype()) {
            throw new IllegalArgumentException("gathering keeps the dtype: cast before or after");
        }
        int rank = out.rank();
        int[] params = new int[7 + 4 * rank];
        params[0] = out.numel();
        params[1] = rank;
        params[2] = dim;
        params[3] = out.offset();
        params[4] = input.offset();
        params[5] = indexOffset;
        params[6] = rank == 0 ? 1 : input.shape()[dim];
        put(params, 7, out.shape());
        put(params, 7 + rank, out.strides());
        put(params, 7 + 2 * rank, input.strides());
        put(params, 7 + 3 * rank, indexStrides);
        int groups = (out.numel() + WORKGROUP_SIZE - 1) / WORKGROUP_SIZE;
        return KernelLaunch.linear(new Source(false, out.dtype()), 3, params, groups, 1);
    }

    private static KernelLaunch scatterLaunch(TensorLayout out, int dim, int[] indexShape, int[] indexStrides, int indexOffset,
                                              TensorLayout src) {
        if (src.dtype() != out.dtype() || out.dtype() == GpuDType.BOOL) {
            throw new IllegalArgumentException("scatter_add/index_add add float32 or int32 into the same dtype");
        }
        int rank = out.rank();
        int[] params = new int[7 + 5 * rank];
        params[0] = out.numel();
        params[1] = rank;
        params[2] = dim;
        params[3] = out.offset();
        params[4] = src.offset();
        params[5] = indexOffset;
        params[6] = rank == 0 ? 1 : indexShape[dim];
        put(params, 7, out.shape());
        put(params, 7 + rank, out.strides());
        put(params, 7 + 2 * rank, src.strides());
        put(params, 7 + 3 * rank, indexStrides);
        put(params, 7 + 4 * rank, indexShape);
        int groups = (out.numel() + WORKGROUP_SIZE - 1) / WORKGROUP_SIZE;
        return KernelLaunch.linear(new Source(true, out.dtype()), 3, params, groups, 1);
    }

    private static void put(int[] params, int at, int[] values) {
        System.arraycopy(values, 0, params, at, values.length);
    }

    record Source(boolean scatter, GpuDType dtype) implements KernelSource {
        @Override
        public String key() {
            return (scatter ? "scatter-add/" : "gather/") + dtype.storageType();
        }

        @Override
        public String wgsl() {
            String st = dtype.storageType();
            StringBuilder s = new StringBuilder();
            s.append("// Generated by dev.torchlet.gpu.IndexKernels: ").append(key()).append('\n');
            s.append("@group(0) @binding(0) var<storage, read> in0: array<").append(st).append(">;\n");
            s.append("@group(0) @binding(1) var<storage, read> index: array<i32>;\n");
            s.append("@group(0) @binding(2) var<storage, read_write> out: array<").append(st).append(">;\n");
            s.append("@group(0) @binding(3) var<storage, read> params: array<u32>;\n\n");
            s.append("// A Python-style index into a dim of this size: negative ones count from the end.\n");
            s.append("fn wrap(i: i32, size: u32) -> u32 {\n  return u32(select(i, i + i32(size), i < 0i));\n}\n\n");
            s.append("@compute @workgroup_size(").append(WORKGROUP_SIZE).append(")\n");
            s.append("fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {\n");
            s.append("  let element = gid.x + gid.y * groups.x * ").append(WORKGROUP_SIZE).append("u;\n");
            s.append("  if (element >= params[0]) {\n    return;\n  }\n");
            s.append("  let rank = params[1];\n");
            s.append("  let dim = params[2];\n");
            s.append("  let dimSize = params[6];\n");
            s.append("  var o = params[3];\n");
            s.append("  var p = params[4];\n");
            s.append("  var q = params[5];\n");
            s.append("  var rest = element;\n");
            if (!scatter) {
                s.append("  // o walks the output, q the index (at the same coordinates), p the input outside dim.\n");
                s.append("  for (var d = rank; d > 0u; d--) {\n");
                s.append("    let size = params[6u + d];\n");
                s.append("    let c = rest % size;\n");
                s.append("    rest = rest / size;\n");
                s.append("    o += c * params[6u + rank + d];\n");
                s.append("    q += c * params[6u + 3u * rank + d];\n");
                s.append("    if (d - 1u != dim) {\n");
                s.append("      p += c * params[6u + 2u * rank + d];\n");
                s.append("    }\n");
                s.append("  }\n");
                s.append("  if (rank > 0u) {\n");
                s.append("    p += wrap(index[q], dimSize) * params[7u + 2u * rank + dim];\n");
                s.append("  }\n");
                s.append("  out[o] = in0[p];\n");
            } else {
                String t = dtype.computeType();
                s.append("  // o walks the output; p and q the source and the index at the output's coordinates outside\n");
                s.append("  // dim, where the index reaches that far; want is the output's coordinate along dim.\n");
                s.append("  var want = 0u;\n");
                s.append("  var covered = true;\n");
                s.append("  for (var d = rank; d > 0u; d--) {\n");
                s.append("    let size = params[6u + d];\n");
                s.append("    let c = rest % size;\n");
                s.append("    rest = rest / size;\n");
                s.append("    o += c * params[6u + rank + d];\n");
                s.append("    if (d - 1u == dim) {\n");
                s.append("      want = c;\n");
                s.append("    } else {\n");
                s.append("      p += c * params[6u + 2u * rank + d];\n");
                s.append("      q += c * params[6u + 3u * rank + d];\n");
                s.append("      covered = covered && c < params[6u + 4u * rank + d];\n");
                s.append("    }\n");
                s.append("  }\n");
                s.append("  if (!covered) {\n    return;\n  }\n");
                s.append("  var pStep = 0u;\n");
                s.append("  var qStep = 0u;\n");
                s.append("  var outSize = 1u;\n");
                s.append("  if (rank > 0u) {\n");
                s.append("    pStep = params[7u + 2u * rank + dim];\n");
                s.append("    qStep = params[7u + 3u * rank + dim];\n");
                s.append("    outSize = params[7u + dim];\n");
                s.append("  }\n");
                s.append("  // In index order, as PyTorch's CPU loop adds: the same sums on every run.\n");
                s.append("  var acc: ").append(t).append(" = out[o];\n");
                s.append("  for (var j = 0u; j < dimSize; j++) {\n");
                s.append("    if (wrap(index[q + j * qStep], outSize) == want) {\n");
                s.append("      acc += in0[p + j * pStep];\n");
                s.append("    }\n");
                s.append("  }\n");
                s.append("  out[o] = acc;\n");
            }
            s.append("}\n");
            return s.toString();
        }
    }
}
