package dev.torchlet.gpu;

/**
 * {@code F.nll_loss} forward on float32 log-probabilities {@code [N, C]}, {@code [N, C, d1, ...]}
 * or {@code [C]}, int32 targets ({@code [N]}, {@code [N, d1, ...]} or 0-d), an optional float32
 * class weight {@code [C]} and {@code ignore_index}. A sample's loss is
 * {@code -weight[t] * input[n, t, ...]}, 0 (and no weight) where {@code t == ignore_index}.
 * {@code none} writes one loss per sample, one thread each; {@code sum} and {@code mean} run one
 * 256-thread workgroup that strides through the samples and sums losses and weights as a tree in
 * workgroup memory; mean divides by the summed weight (NaN when every target is ignored, as in
 * PyTorch), and both also write that total weight, which the backward of mean divides by.
 * Targets must be in range or ignore_index: the engine checks them before dispatch.
 *
 * <p>Bindings: input, target, [weight, when given], out, [totalWeight, for sum/mean]. Params =
 * {@code [samples, outerRank, C, offset[n], classStride[n], outerShape[outerRank],
 * outerStrides_0[outerRank], ..., outerStrides_{n-1}[outerRank], ignoreIndex, weightOffset,
 * weightStride, (none:) | (sum/mean:) outOffset, totalWeightOffset]}, where the n operands are
 * input, target and (for none) out, each viewed in the input's shape (class stride 0 for target
 * and out), the outer dims being every dim but the class dim.
 */
public final class LossKernels {
    public static final int WORKGROUP_SIZE = 256;

    private LossKernels() {
    }

    /**
     * {@code out = F.nll_loss(input, target, weight, ignore_index=ignoreIndex, reduction=reduction)};
     * {@code weight} may be null; {@code totalWeightOut} (1 element) is given for sum and mean, else null.
     */
    public static KernelLaunch nllLoss(TensorLayout input, TensorLayout target, TensorLayout weight, int ignoreIndex,
                                       LossReduction reduction, TensorLayout out, TensorLayout totalWeightOut) {
        if (input.dtype() != GpuDType.FLOAT32 || target.dtype() != GpuDType.INT32
                || out.dtype() != GpuDType.FLOAT32 || weight != null && weight.dtype() != GpuDType.FLOAT32) {
            throw new IllegalArgumentException("nll_loss: float32 input, weight and output, int32 target");
        }
        int rank = input.rank();
        if (rank < 1) {
            throw new IllegalArgumentException("nll_loss: the input has a class dim");
        }
        int classDim = rank == 1 ? 0 : 1;
        int classes = input.shape()[classDim];
        int[] sampleShape = new int[rank - 1];
        for (int d = 0, k = 0; d < rank; d++) {
            if (d != classDim) {
                sampleShape[k++] = input.shape()[d];
            }
        }
        if (!java.util.Arrays.equals(target.shape(), sampleShape)) {
            throw new IllegalArgumentException("nll_loss: the target has the input's shape without the class dim");
        }
        if (weight != null && (weight.rank() != 1 || weight.shape()[0] != classes)) {
            throw new IllegalArgumentException("nll_loss: a weight of one value per class");
        }
        boolean reduced = reduction != LossReduction.NONE;
        if (reduced != (totalWeightOut != null)) {
            throw new IllegalArgumentException("nll_loss: a total-weight output for sum and mean only");
        }
        TensorLayout targetView = inClassShape(target, input, classDim);
        int[] rows;
        if (reduced) {
            if (out.numel() != 1 || totalWeightOut.numel() != 1 || totalWeightOut.dtype() != GpuDType.FLOAT32) {
                throw new IllegalArgumentException("nll_loss: sum and mean write one float32 loss and one total weight");
            }
            rows = SoftmaxKernels.rowParams(classDim, input, targetView);
        } else {
            if (!java.util.Arrays.equals(out.shape(), sampleShape)) {
                throw new IllegalArgumentException("nll_loss: reduction='none' writes the target's shape");
            }
            rows = SoftmaxKernels.rowParams(classDim, input, targetView, inClassShape(out, input, classDim));
        }
        int extras = reduced ? 5 : 3;
        int[] params = java.util.Arrays.copyOf(rows, rows.length + extras);
        params[rows.length] = ignoreIndex;
        params[rows.length + 1] = weight == null ? 0 : weight.offset();
        params[rows.length + 2] = weight == null ? 0 : weight.strides()[0];
        if (reduced) {
            params[rows.length + 3] = out.offset();
            params[rows.length + 4] = totalWeightOut.offset();
        }
        int samples = rows[0];
        int buffers = 3 + (weight != null ? 1 : 0) + (reduced ? 1 : 0);
        Source source = new Source(reduction, weight != null);
        int groups = reduced ? 1 : (samples + WORKGROUP_SIZE - 1) / WORKGROUP_SIZE;
        return KernelLaunch.linear(source, buffers, params, groups, 1);
    }

    /** A layout of the input's shape without the class dim, viewed in the input's shape (stride 0 along classes). */
    private static TensorLayout inClassShape(TensorLayout layout, TensorLayout input, int classDim) {
        int[] strides = new int[input.rank()];
        for (int d = 0, k = 0; d < input.rank(); d++) {
            strides[d] = d == classDim ? 0 : layout.strides()[k++];
        }
        return new TensorLayout(input.shape(), strides, layout.offset(), layout.dtype());
    }

    record Source(LossReduction reduction, boolean weighted) implements KernelSource {
        @Override
        public String key() {
            return "nll_loss/" + reduction.pytorchName() + (weighted ? "/weighted" : "") + "/f32";
        }

        @Override
        public String wgsl() {
            boolean reduced = reduction != LossReduction.NONE;
            int n = reduced ? 2 : 3;
            StringBuilder s = new StringBuilder();
            s.append("// Generated by dev.torchlet.gpu.LossKernels: ").append(key()).append('\n');
            int binding = 0;
            s.append("@group(0) @binding(").append(binding++).append(") var<storage, read> input: array<f32>;\n");
            s.append("@group(0) @binding(").append(binding++).append(") var<storage, read> targets: array<i32>;\n");
            if (weighted) {
                s.append("@group(0) @binding(").append(binding++).append(") var<storage, read> weight: array<f32>;\n");
            }
            s.append("@group(0) @binding(").append(binding++).append(") var<storage, read_write> out: array<f32>;\n");
            if (reduced) {
                s.append("@group(0) @binding(").append(binding++).append(") var<storage, read_write> totalWeight: array<f32>;\n");
            }
            s.append("@group(0) @binding(").append(binding).append(") var<storage, read> params: array<u32>;\n\n");
            s.append("const SIZE = ").append(WORKGROUP_SIZE).append("u;\n");
            s.append("const N = ").append(n).append("u;\n");
            if (reduced) {
                s.append("var<workgroup> partialLoss: array<f32, SIZE>;\n");
                s.append("var<workgroup> partialWeight: array<f32, SIZE>;\n");
            }
            s.append("\n// The loss of sample r and its weight (0 and 0 where its target is ignore_index).\n");
            s.append("fn sample_loss(r: u32) -> vec2f {\n");
            s.append("  let outerRank = params[1];\n");
            s.append("  let shapeAt = 3u + 2u * N;\n");
            s.append("  let extrasAt = shapeAt + outerRank * (1u + N);\n");
            s.append("  var b0 = params[3];\n");
            s.append("  var b1 = params[4];\n");
            s.append("  var rest = r;\n");
            s.append("  for (var d = outerRank; d > 0u; d--) {\n");
            s.append("    let size = params[shapeAt + d - 1u];\n");
            s.append("    let c = rest % size;\n");
            s.append("    rest = rest / size;\n");
            s.append("    b0 += c * params[shapeAt + outerRank + d - 1u];\n");
            s.append("    b1 += c * params[shapeAt + 2u * outerRank + d - 1u];\n");
            s.append("  }\n");
            s.append("  let t = targets[b1];\n");
            s.append("  if (t == bitcast<i32>(params[extrasAt])) {\n    return vec2f(0.0, 0.0);\n  }\n");
            if (weighted) {
                s.append("  let w = weight[params[extrasAt + 1u] + u32(t) * params[extrasAt + 2u]];\n");
            } else {
                s.append("  let w = 1.0;\n");
            }
            s.append("  return vec2f(-w * input[b0 + u32(t) * params[3u + N]], w);\n");
            s.append("}\n\n");
            s.append("@compute @workgroup_size(").append(WORKGROUP_SIZE).append(")\n");
            if (!reduced) {
                s.append("fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {\n");
                s.append("  let r = gid.x + gid.y * groups.x * SIZE;\n");
                s.append("  if (r >= params[0]) {\n    return;\n  }\n");
                s.append("  let outerRank = params[1];\n");
                s.append("  let shapeAt = 3u + 2u * N;\n");
                s.append("  var o = params[5];\n");
                s.append("  var rest = r;\n");
                s.append("  for (var d = outerRank; d > 0u; d--) {\n");
                s.append("    let size = params[shapeAt + d - 1u];\n");
                s.append("    o += (rest % size) * params[shapeAt + 3u * outerRank + d - 1u];\n");
                s.append("    rest = rest / size;\n");
                s.append("  }\n");
                s.append("  out[o] = sample_loss(r).x;\n");
            } else {
                s.append("fn main(@builtin(local_invocation_index) lane: u32) {\n");
                s.append("  let samples = params[0];\n");
                s.append("  let extrasAt = 3u + 2u * N + params[1] * (1u + N);\n");
                s.append("  var acc = vec2f(0.0, 0.0);\n");
                s.append("  for (var r = lane; r < samples; r += SIZE) {\n");
                s.append("    acc += sample_loss(r);\n");
                s.append("  }\n");
                s.append("  partialLoss[lane] = acc.x;\n");
                s.append("  partialWeight[lane] = acc.y;\n");
                s.append("  workgroupBarrier();\n");
                s.append("  for (var half = SIZE / 2u; half > 0u; half = half / 2u) {\n");
                s.append("    if (lane < half) {\n");
                s.append("      partialLoss[lane] = partialLoss[lane] + partialLoss[lane + half];\n");
                s.append("      partialWeight[lane] = partialWeight[lane] + partialWeight[lane + half];\n");
                s.append("    }\n");
                s.append("    workgroupBarrier();\n");
                s.append("  }\n");
                s.append("  if (lane == 0u) {\n");
                if (reduction == LossReduction.MEAN) {
                    s.append("    // 0 / 0 is NaN in PyTorch; WGSL leaves division by zero to the driver, so NaN is made from bits.\n");
                    s.append("    let nan = bitcast<f32>(bitcast<u32>(partialWeight[0]) | 0x7fc00000u);\n");
                    s.append("    out[params[extrasAt + 3u]] = select(partialLoss[0] / partialWeight[0], nan, partialWeight[0] == 0.0);\n");
                } else {
                    s.append("    out[params[extrasAt + 3u]] = partialLoss[0];\n");
                }
                s.append("    totalWeight[params[extrasAt + 4u]] = partialWeight[0];\n");
                s.append("  }\n");
            }
            s.append("}\n");
            return s.toString();
        }
    }
}
