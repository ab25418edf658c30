package dev.torchlet.gpu;

/**
 * Reductions that find a position: {@code max}/{@code min} along one dim (values and indices),
 * {@code argmax}/{@code argmin} along one dim or over the whole tensor, generated from the
 * {@link IndexedReduceOp} table. Each output element gets 4, 32 or 256 threads of a 256-thread
 * workgroup (the fewest that cover the reduced count, as {@link SoftmaxKernels} picks them, named
 * in the key: {@code indexed-reduce/argmax/f32/row32}): each thread keeps the best (value, index)
 * of the elements it strides through, then the pairs combine in workgroup memory as a tree. A pair beats another when its value is NaN and the
 * other's is not, else when its value is larger (smaller for min), else on equal values (or two
 * NaNs) when its index is smaller, so the result is PyTorch's: the first NaN, else the first
 * index of the extreme, whatever order the threads meet the elements in. NaN is recognised by its
 * bits, since WGSL lets a driver assume comparisons meet no NaN.
 *
 * <p>Indices are int32 (the engine widens them to int64), counted along the reduced dim, or
 * row-major over the whole tensor for {@link #reduceAll}. Values keep the input's dtype (bool
 * compares as 0/1). Outputs are contiguous, with the reduced dim removed (keepdim is a view).
 *
 * <p>Bindings: input, [values (max/min only)], indices, params =
 * {@code [outNumel, outRank, reducedNumel, reducedRank, inOffset, valuesOffset, indicesOffset,
 * outShape[outRank], outInStrides[outRank], reducedShape[reducedRank], reducedStrides[reducedRank]]}.
 */
public final class IndexedReductionKernels {
    public static final int WORKGROUP_SIZE = 256;

    private IndexedReductionKernels() {
    }

    /**
     * {@code torch.max(input, dim)} / {@code min} (values and indices) or {@code argmax(input, dim)} /
     * {@code argmin} (indices only: {@code valuesOut} must be null).
     */
    public static KernelLaunch reduce(IndexedReduceOp op, TensorLayout input, int dim, TensorLayout valuesOut,
                                      TensorLayout indicesOut) {
        if (dim < 0 || dim >= Math.max(input.rank(), 1)) {
            throw new IllegalArgumentException("dimension " + dim + " out of range for rank " + input.rank());
        }
        boolean[] reduced = new boolean[input.rank()];
        if (input.rank() > 0) {
            reduced[dim] = true;
        }
        return plan(op, input, reduced, valuesOut, indicesOut);
    }

    /** {@code argmax(input)} / {@code argmin} without a dim: the row-major index over all elements. */
    public static KernelLaunch reduceAll(IndexedReduceOp op, TensorLayout input, TensorLayout valuesOut,
                                         TensorLayout indicesOut) {
        boolean[] reduced = new boolean[input.rank()];
        java.util.Arrays.fill(reduced, true);
        return plan(op, input, reduced, valuesOut, indicesOut);
    }

    private static KernelLaunch plan(IndexedReduceOp op, TensorLayout input, boolean[] reduced,
                                     TensorLayout valuesOut, TensorLayout indicesOut) {
        if (op.writesValues() != (valuesOut != null)) {
            throw new IllegalArgumentException(op.pytorchName() + (op.writesValues()
                    ? " writes values: give a values output" : " writes only indices: the values output must be null"));
        }
        if (indicesOut.dtype() != GpuDType.INT32) {
            throw new IllegalArgumentException("indices are int32 on the GPU");
        }
        if (valuesOut != null && valuesOut.dtype() != input.dtype()) {
            throw new IllegalArgumentException("values keep the input's dtype");
        }
        ReducedDims split = ReducedDims.of(input, reduced);
        int outRank = split.outRank();
        int reducedRank = split.reducedRank();
        int outNumel = split.outNumel();
        int reducedNumel = split.reducedNumel();
        int[] params = split.params(7);
        if (reducedNumel == 0) {
            throw new IllegalArgumentException(op.pytorchName() + "(): cannot reduce over a zero-size dimension");
        }
        requireContiguous(indicesOut, outNumel);
        if (valuesOut != null) {
            requireContiguous(valuesOut, outNumel);
        }
        params[0] = outNumel;
        params[1] = outRank;
        params[2] = reducedNumel;
        params[3] = reducedRank;
        params[4] = input.offset();
        params[5] = valuesOut == null ? 0 : valuesOut.offset();
        params[6] = indicesOut.offset();
        int buffers = op.writesValues() ? 3 : 2;
        int threads = SoftmaxKernels.threadsPerRow(reducedNumel);
        return KernelLaunch.linear(new Source(op, input.dtype(), threads), buffers, params,
                SoftmaxKernels.groupsFor(outNumel, threads), 1);
    }

    static void requireContiguous(TensorLayout layout, int numel) {
        int[] expected = TensorLayout.contiguousStrides(layout.shape());
        boolean contiguous = layout.numel() == numel;
        for (int d = 0; d < layout.rank() && contiguous; d++) {
            contiguous = layout.shape()[d] == 1 || layout.strides()[d] == expected[d];
        }
        if (!contiguous) {
            throw new IllegalArgumentException("the output must be a contiguous tensor of " + numel + " elements");
        }
    }

    /** The compute type: bool compares as int32 0/1. */
    static GpuDType computeOf(GpuDType dtype) {
        return dtype == GpuDType.FLOAT32 ? GpuDType.FLOAT32 : GpuDType.INT32;
    }

    record Source(IndexedReduceOp op, GpuDType input, int threadsPerRow) implements KernelSource {
        @Override
        public String key() {
            return "indexed-reduce/" + op.pytorchName() + "/" + input.storageType() + "/row" + threadsPerRow;
        }

        @Override
        public String wgsl() {
            GpuDType compute = computeOf(input);
            String t = compute.computeType();
            boolean values = op.writesValues();
            String beats = op.beats();
            StringBuilder s = new StringBuilder();
            s.append("// Generated by dev.torchlet.gpu.IndexedReductionKernels: ").append(key()).append('\n');
            s.append("@group(0) @binding(0) var<storage, read> in0: array<").append(input.storageType()).append(">;\n");
            int binding = 1;
            if (values) {
                s.append("@group(0) @binding(").append(binding++).append(") var<storage, read_write> values: array<")
                        .append(input.storageType()).append(">;\n");
            }
            s.append("@group(0) @binding(").append(binding++).append(") var<storage, read_write> indices: array<i32>;\n");
            s.append("@group(0) @binding(").append(binding).append(") var<storage, read> params: array<u32>;\n\n");
            s.append("const SIZE = ").append(WORKGROUP_SIZE).append("u;\n");
            s.append("// The index of a thread that met no element: it loses to every pair.\n");
            s.append("const NONE = 0xffffffffu;\n");
            s.append("const ROW_THREADS = ").append(threadsPerRow).append("u;\n");
            s.append("var<workgroup> bestValue: array<").append(t).append(", ").append(WORKGROUP_SIZE).append(">;\n");
            s.append("var<workgroup> bestIndex: array<u32, ").append(WORKGROUP_SIZE).append(">;\n\n");
            s.append("// Whether (b, ib) beats (a, ia): NaN first, then the extreme value, then the smaller index.\n");
            s.append("fn beats(b: ").append(t).append(", ib: u32, a: ").append(t).append(", ia: u32) -> bool {\n");
            s.append("  if (ib == NONE) {\n    return false;\n  }\n");
            s.append("  if (ia == NONE) {\n    return true;\n  }\n");
            if (compute == GpuDType.FLOAT32) {
                s.append("  let bNan = (bitcast<u32>(b) & 0x7fffffffu) > 0x7f800000u;\n");
                s.append("  let aNan = (bitcast<u32>(a) & 0x7fffffffu) > 0x7f800000u;\n");
                s.append("  if (aNan || bNan) {\n    return bNan && (!aNan || ib < ia);\n  }\n");
            }
            s.append("  return b ").append(beats).append(" a || (b == a && ib < ia);\n}\n\n");
            s.append("@compute @workgroup_size(").append(WORKGROUP_SIZE).append(")\n");
            s.append("fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) groups: vec3u,\n");
            s.append("        @builtin(local_invocation_index) lane: u32) {\n");
            s.append("  // ROW_THREADS threads per output element; every thread stays for the barriers.\n");
            s.append("  let outIndex = (wid.x + wid.y * groups.x) * (SIZE / ROW_THREADS) + lane / ROW_THREADS;\n");
            s.append("  let sub = lane % ROW_THREADS;\n");
            s.append("  let inRange = outIndex < params[0];\n");
            s.append("  let outRank = params[1];\n");
            s.append("  let count = select(0u, params[2], inRange);\n");
            s.append("  let reducedRank = params[3];\n");
            s.append("  let reducedAt = 7u + 2u * outRank;\n");
            s.append("  var base = params[4];\n");
            s.append("  var rest = outIndex;\n");
            s.append("  for (var d = outRank; d > 0u; d--) {\n");
            s.append("    let size = params[6u + d];\n");
            s.append("    base += (rest % size) * params[6u + outRank + d];\n");
            s.append("    rest = rest / size;\n");
            s.append("  }\n");
            s.append("  var value: ").append(t).append(" = ").append(compute.zero()).append(";\n");
            s.append("  var index = NONE;\n");
            s.append("  for (var k = sub; k < count; k += ROW_THREADS) {\n");
            s.append("    var p = base;\n");
            s.append("    var r = k;\n");
            s.append("    for (var d = reducedRank; d > 0u; d--) {\n");
            s.append("      let size = params[reducedAt + d - 1u];\n");
            s.append("      p += (r % size) * params[reducedAt + reducedRank + d - 1u];\n");
            s.append("      r = r / size;\n");
            s.append("    }\n");
            s.append("    let x = ").append(input.loadAs("in0[p]", compute)).append(";\n");
            s.append("    if (beats(x, k, value, index)) {\n      value = x;\n      index = k;\n    }\n");
            s.append("  }\n");
            s.append("  bestValue[lane] = value;\n");
            s.append("  bestIndex[lane] = index;\n");
            s.append("  workgroupBarrier();\n");
            s.append("  for (var half = ROW_THREADS / 2u; half > 0u; half = half / 2u) {\n");
            s.append("    if (sub < half && beats(bestValue[lane + half], bestIndex[lane + half], bestValue[lane], bestIndex[lane])) {\n");
            s.append("      bestValue[lane] = bestValue[lane + half];\n");
            s.append("      bestIndex[lane] = bestIndex[lane + half];\n");
            s.append("    }\n");
            s.append("    workgroupBarrier();\n");
            s.append("  }\n");
            s.append("  if (inRange && sub == 0u) {\n");
            if (values) {
                s.append("    values[params[5] + outIndex] = ").append(input.storeFrom("bestValue[lane]", compute)).append(";\n");
            }
            s.append("    indices[params[6] + outIndex] = i32(bestIndex[lane]);\n");
            s.append("  }\n");
            s.append("}\n");
            return s.toString();
        }
    }
}
