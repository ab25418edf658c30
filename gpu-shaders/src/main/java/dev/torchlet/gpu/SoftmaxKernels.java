package dev.torchlet.gpu;

/**
 * Softmax and log-softmax along one dim of a float32 tensor, and their backward, generated from
 * the {@link SoftmaxOp} table. A row is every element that shares the coordinates outside
 * {@code dim}. Each row gets 4, 32 or 256 threads of a 256-thread workgroup (the fewest that cover
 * it: {@code [batch, 10]} logits run 8 rows per workgroup, a 5000-long row a whole workgroup); they
 * stride along the row and combine their partials in workgroup memory as a tree. The pipeline key
 * names the threads per row ({@code softmax/softmax/f32/row32}). Forward makes three passes over the
 * row: its max, the sum of {@code exp(x - max)} (no overflow whatever the inputs' size), then the
 * output. Backward makes two: the row sum its formula needs, then the gradient. Every operand is
 * a strided view of the same shape (the output may be one too).
 *
 * <p>Bindings, forward: input, out; backward: y (the forward's output), g (the incoming
 * gradient), gradInput. Then params =
 * {@code [rows, outerRank, length, offset[n], dimStride[n], outerShape[outerRank],
 * outerStrides_0[outerRank], ..., outerStrides_{n-1}[outerRank]]}, where the n operands are in
 * binding order, {@code length} is the size of {@code dim} and the outer dims are the others.
 */
public final class SoftmaxKernels {
    public static final int WORKGROUP_SIZE = 256;

    private SoftmaxKernels() {
    }

    /** {@code out = softmax(input, dim)} or {@code log_softmax}. */
    public static KernelLaunch forward(SoftmaxOp op, TensorLayout input, int dim, TensorLayout out) {
        return plan(new Source(op, false, WORKGROUP_SIZE), dim, input, out);
    }

    /**
     * The input gradient of {@code y = op(x, dim)} given {@code y} and the gradient {@code g} of
     * the loss by {@code y}: softmax {@code y * (g - sum(g * y))}, log-softmax {@code g - exp(y) * sum(g)}.
     */
    public static KernelLaunch backward(SoftmaxOp op, TensorLayout y, TensorLayout g, int dim, TensorLayout gradInput) {
        return plan(new Source(op, true, WORKGROUP_SIZE), dim, y, g, gradInput);
    }

    private static KernelLaunch plan(Source source, int dim, TensorLayout... operands) {
        int[] shape = operands[0].shape();
        for (TensorLayout operand : operands) {
            if (!java.util.Arrays.equals(operand.shape(), shape)) {
                throw new IllegalArgumentException(source.op.pytorchName() + ": every operand has the input's shape");
            }
            if (operand.dtype() != GpuDType.FLOAT32) {
                throw new IllegalArgumentException(source.op.pytorchName() + " runs on float32 tensors");
            }
        }
        int[] params = rowParams(dim, operands);
        int threads = threadsPerRow(params[2]);
        Source sized = new Source(source.op, source.backward, threads);
        return KernelLaunch.linear(sized, operands.length, params, groupsFor(params[0], threads), 1);
    }

    /**
     * The params of a kernel that works row by row along {@code dim} on operands of one shape:
     * {@code [rows, outerRank, length, offset[n], dimStride[n], outerShape, outerStrides per operand]}.
     * A 0-d tensor is one row of length 1.
     */
    static int[] rowParams(int dim, TensorLayout... operands) {
        int rank = operands[0].rank();
        if (dim < 0 || dim >= Math.max(rank, 1)) {
            throw new IllegalArgumentException("dimension " + dim + " out of range for rank " + rank);
        }
        int n = operands.length;
        int outerRank = Math.max(rank - 1, 0);
        int[] shape = operands[0].shape();
        int[] params = new int[3 + 2 * n + outerRank * (1 + n)];
        int rows = 1;
        int at = 3 + 2 * n;
        for (int d = 0; d < rank; d++) {
            if (d != dim) {
                rows *= shape[d];
                params[at] = shape[d];
                for (int i = 0; i < n; i++) {
                    params[at + (1 + i) * outerRank] = operands[i].strides()[d];
                }
                at++;
            }
        }
        params[0] = rows;
        params[1] = outerRank;
        params[2] = rank == 0 ? 1 : shape[dim];
        for (int i = 0; i < n; i++) {
            params[3 + i] = operands[i].offset();
            params[3 + n + i] = rank == 0 ? 0 : operands[i].strides()[dim];
        }
        return params;
    }

    /**
     * Threads per row: the workgroup's 256 threads split into rows of 4, 32 or 256 threads, the
     * fewest that cover {@code length}, so short rows (10 classes) do not leave 250 threads idle.
     */
    static int threadsPerRow(int length) {
        return length <= 4 ? 4 : length <= 32 ? 32 : WORKGROUP_SIZE;
    }

    /** Workgroups for {@code rows} rows of {@code threadsPerRow} threads each. */
    static int groupsFor(int rows, int threadsPerRow) {
        int rowsPerGroup = WORKGROUP_SIZE / threadsPerRow;
        return (rows + rowsPerGroup - 1) / rowsPerGroup;
    }

    /**
     * WGSL that finds the row of this thread ({@code ROW_THREADS} threads per row, {@code sub} its
     * place among them), whether it is a real one ({@code inRange}: every thread stays for the
     * barriers), and the base position {@code b<i>} and along-row stride {@code s<i>} of each of
     * {@code n} operands; {@code rowLength} is the row's length, 0 for a thread past the last row.
     * Used inside {@code main} by kernels planned with {@link #rowParams}.
     */
    static String rowPrologue(int n) {
        StringBuilder s = new StringBuilder();
        s.append("  let row = (wid.x + wid.y * groups.x) * (SIZE / ROW_THREADS) + lane / ROW_THREADS;\n");
        s.append("  let sub = lane % ROW_THREADS;\n");
        s.append("  let inRange = row < params[0];\n");
        s.append("  let rowLength = select(0u, params[2], inRange);\n");
        return s.append(rowBases(n)).toString();
    }

    /**
     * WGSL that sets the base position {@code b<i>} and along-row stride {@code s<i>} of each of
     * {@code n} operands for the row {@code row} (a u32 the caller has defined), from {@link #rowParams}.
     */
    static String rowBases(int n) {
        StringBuilder s = new StringBuilder();
        s.append("  let outerRank = params[1];\n");
        s.append("  let shapeAt = ").append(3 + 2 * n).append("u;\n");
        for (int i = 0; i < n; i++) {
            s.append("  var b").append(i).append(" = params[").append(3 + i).append("];\n");
            s.append("  let s").append(i).append(" = params[").append(3 + n + i).append("];\n");
        }
        s.append("  var rest = row;\n");
        s.append("  for (var d = outerRank; d > 0u; d--) {\n");
        s.append("    let size = params[shapeAt + d - 1u];\n");
        s.append("    let c = rest % size;\n");
        s.append("    rest = rest / size;\n");
        for (int i = 0; i < n; i++) {
            s.append("    b").append(i).append(" += c * params[shapeAt + ").append(1 + i).append("u * outerRank + d - 1u];\n");
        }
        s.append("  }\n");
        return s.toString();
    }

    /**
     * WGSL sum and max over the {@code ROW_THREADS} threads of a row, one f32 each, as a tree in
     * workgroup memory (call from uniform control flow: every thread of the workgroup calls).
     */
    static final String ROW_REDUCTIONS = """
            var<workgroup> partial: array<f32, SIZE>;

            fn row_sum(lane: u32, value: f32) -> f32 {
              workgroupBarrier(); // whoever read partial before is done with it
              partial[lane] = value;
              workgroupBarrier();
              let sub = lane % ROW_THREADS;
              for (var half = ROW_THREADS / 2u; half > 0u; half = half / 2u) {
                if (sub < half) {
                  partial[lane] = partial[lane] + partial[lane + half];
                }
                workgroupBarrier();
              }
              return partial[lane - sub];
            }

            fn row_max(lane: u32, value: f32) -> f32 {
              workgroupBarrier();
              partial[lane] = value;
              workgroupBarrier();
              let sub = lane % ROW_THREADS;
              for (var half = ROW_THREADS / 2u; half > 0u; half = half / 2u) {
                if (sub < half) {
                  partial[lane] = max(partial[lane], partial[lane + half]);
                }
                workgroupBarrier();
              }
              return partial[lane - sub];
            }

            """;

    record Source(SoftmaxOp op, boolean backward, int threadsPerRow) implements KernelSource {
        @Override
        public String key() {
            return (backward ? "softmax-backward/" : "softmax/") + op.pytorchName() + "/f32/row" + threadsPerRow;
        }

        @Override
        public String wgsl() {
            StringBuilder s = new StringBuilder();
            s.append("// Generated by dev.torchlet.gpu.SoftmaxKernels: ").append(key()).append('\n');
            int n = backward ? 3 : 2;
            if (backward) {
                s.append("@group(0) @binding(0) var<storage, read> yIn: array<f32>;\n");
                s.append("@group(0) @binding(1) var<storage, read> gIn: array<f32>;\n");
            } else {
                s.append("@group(0) @binding(0) var<storage, read> in0: array<f32>;\n");
            }
            s.append("@group(0) @binding(").append(n - 1).append(") var<storage, read_write> out: array<f32>;\n");
            s.append("@group(0) @binding(").append(n).append(") var<storage, read> params: array<u32>;\n\n");
            s.append("const SIZE = ").append(WORKGROUP_SIZE).append("u;\n");
            s.append("const ROW_THREADS = ").append(threadsPerRow).append("u;\n");
            s.append(ROW_REDUCTIONS);
            s.append("@compute @workgroup_size(").append(WORKGROUP_SIZE).append(")\n");
            s.append("fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) groups: vec3u,\n");
            s.append("        @builtin(local_invocation_index) lane: u32) {\n");
            s.append(rowPrologue(n));
            String outAt = "out[b" + (n - 1) + " + k * s" + (n - 1) + "]";
            if (backward) {
                s.append("  var acc = 0.0;\n");
                s.append("  for (var k = sub; k < rowLength; k += ROW_THREADS) {\n");
                s.append("    let y = yIn[b0 + k * s0];\n");
                s.append("    let g = gIn[b1 + k * s1];\n");
                s.append("    acc += ").append(op.backwardTerm()).append(";\n");
                s.append("  }\n");
                s.append("  let rowSum = row_sum(lane, acc);\n");
                s.append("  for (var k = sub; k < rowLength; k += ROW_THREADS) {\n");
                s.append("    let y = yIn[b0 + k * s0];\n");
                s.append("    let g = gIn[b1 + k * s1];\n");
                s.append("    ").append(outAt).append(" = ").append(op.backward()).append(";\n");
                s.append("  }\n");
            } else {
                s.append("  // The largest finite f32 stands in for -infinity, which WGSL cannot write as a literal.\n");
                s.append("  var acc = -3.4028234663852886e38;\n");
                s.append("  for (var k = sub; k < rowLength; k += ROW_THREADS) {\n");
                s.append("    acc = max(acc, in0[b0 + k * s0]);\n");
                s.append("  }\n");
                s.append("  let rowMax = row_max(lane, acc);\n");
                s.append("  acc = 0.0;\n");
                s.append("  for (var k = sub; k < rowLength; k += ROW_THREADS) {\n");
                s.append("    acc += exp(in0[b0 + k * s0] - rowMax);\n");
                s.append("  }\n");
                s.append("  let rowSum = row_sum(lane, acc);\n");
                s.append("  for (var k = sub; k < rowLength; k += ROW_THREADS) {\n");
                s.append("    let x = in0[b0 + k * s0];\n");
                s.append("    ").append(outAt).append(" = ").append(op.forward()).append(";\n");
                s.append("  }\n");
            }
            s.append("}\n");
            return s.toString();
        }
    }
}
