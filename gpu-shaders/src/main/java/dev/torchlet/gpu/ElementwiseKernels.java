package dev.torchlet.gpu;

/**
 * Strided element-wise kernels (unary, binary and ternary with broadcasting, copy/cast) generated from the
 * {@link ElementwiseOp} table. One thread per output element: it splits its linear index into
 * coordinates of the output shape and walks each operand's strides, so any view (transposed,
 * sliced, expanded) is read in place and the output may itself be a view (in-place ops). When
 * every operand and the output are contiguous and of the output's shape (most of a training
 * step), the kernel indexes them all by the thread's linear index and skips that walk.
 *
 * <p>Bindings: the inputs, then the output, then params =
 * {@code [numel, rank, outOffset, inOffset..., shape[rank], outStrides[rank], inStrides[rank]...]}.
 */
public final class ElementwiseKernels {
    public static final int WORKGROUP_SIZE = 256;
    /** Shapes up to this rank run; the params buffer has room for any rank, the limit keeps loops short. */
    public static final int MAX_RANK = 8;

    private ElementwiseKernels() {
    }

    /** {@code out = op(input)}; the op computes in {@code out}'s dtype (or the input's, for a bool result). */
    public static KernelLaunch unary(ElementwiseOp op, TensorLayout input, TensorLayout out) {
        requireArity(op, 1);
        GpuDType compute = op.hasBoolResult() ? input.dtype() : out.dtype();
        return launch(op, compute, out, input);
    }

    /** {@code out = op(a, b)} with broadcasting of a and b to out's shape. */
    public static KernelLaunch binary(ElementwiseOp op, TensorLayout a, TensorLayout b, TensorLayout out) {
        requireArity(op, 2);
        GpuDType compute = op.hasBoolResult() ? GpuDType.promote(a.dtype(), b.dtype()) : out.dtype();
        return launch(op, compute, out, a, b);
    }

    /**
     * {@code out = op(a, b, c)} with broadcasting of all three to out's shape; computes in out's
     * dtype (for where: a is the bool condition, b and c the values of out's dtype).
     */
    public static KernelLaunch ternary(ElementwiseOp op, TensorLayout a, TensorLayout b, TensorLayout c, TensorLayout out) {
        requireArity(op, 3);
        return launch(op, out.dtype(), out, a, b, c);
    }

    /** Copy (with a cast when the dtypes differ): turns any strided view into {@code out}'s layout. */
    public static KernelLaunch copy(TensorLayout input, TensorLayout out) {
        return launch(ElementwiseOp.IDENTITY, input.dtype(), out, input);
    }

    private static void requireArity(ElementwiseOp op, int arity) {
        if (op.arity() != arity) {
            throw new IllegalArgumentException(op.pytorchName() + " takes " + op.arity() + " operand(s)");
        }
    }

    private static KernelLaunch launch(ElementwiseOp op, GpuDType compute, TensorLayout out, TensorLayout... inputs) {
        if (!op.supports(compute)) {
            throw new IllegalArgumentException("\"" + op.pytorchName() + "\" has no kernel for " + compute);
        }
        int rank = out.rank();
        if (rank > MAX_RANK) {
            throw new IllegalArgumentException("element-wise kernels take at most " + MAX_RANK + " dimensions, got " + rank);
        }
        int[] params = new int[3 + inputs.length + rank * (2 + inputs.length)];
        int numel = out.numel();
        params[0] = numel;
        params[1] = rank;
        params[2] = out.offset();
        int at = 3;
        for (TensorLayout input : inputs) {
            params[at++] = input.offset();
        }
        at = put(params, at, out.shape());
        at = put(params, at, out.strides());
        for (TensorLayout input : inputs) {
            at = put(params, at, input.broadcastStrides(out.shape()));
        }
        GpuDType[] inputTypes = new GpuDType[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            inputTypes[i] = inputs[i].dtype();
        }
        boolean linear = out.isContiguous();
        for (TensorLayout input : inputs) {
            linear &= input.isContiguous() && java.util.Arrays.equals(input.shape(), out.shape());
        }
        Source source = new Source(op, inputTypes, compute, out.dtype(), linear);
        int groups = (numel + WORKGROUP_SIZE - 1) / WORKGROUP_SIZE;
        return KernelLaunch.linear(source, inputs.length + 1, params, groups, 1);
    }

    private static int put(int[] params, int at, int[] values) {
        for (int value : values) {
            params[at++] = value;
        }
        return at;
    }

    /** The WGSL for one op over given input/compute/output dtypes. */
    record Source(ElementwiseOp op, GpuDType[] inputs, GpuDType compute, GpuDType output, boolean linear) implements KernelSource {
        /** The names the op table's bodies use for the operands, in order. */
        private static final String OPERAND_NAMES = "abc";

        @Override
        public String key() {
            StringBuilder key = new StringBuilder("elementwise/").append(op.pytorchName()).append('/');
            for (GpuDType input : inputs) {
                key.append(input.storageType()).append(',');
            }
            return key.append(compute.computeType()).append("->").append(output.storageType()).append(linear ? "/linear" : "")
                    .toString();
        }

        @Override
        public String wgsl() {
            int n = inputs.length;
            StringBuilder s = new StringBuilder();
            s.append("// Generated by dev.torchlet.gpu.ElementwiseKernels: ").append(key()).append('\n');
            for (int i = 0; i < n; i++) {
                s.append("@group(0) @binding(").append(i).append(") var<storage, read> in").append(i)
                        .append(": array<").append(inputs[i].storageType()).append(">;\n");
            }
            s.append("@group(0) @binding(").append(n).append(") var<storage, read_write> out: array<")
                    .append(output.storageType()).append(">;\n");
            s.append("@group(0) @binding(").append(n + 1).append(") var<storage, read> params: array<u32>;\n\n");
            s.append(WgslLibrary.HELPERS);
            String t = compute.computeType();
            s.append("fn op(");
            for (int i = 0; i < n; i++) {
                s.append(i > 0 ? ", " : "").append(OPERAND_NAMES.charAt(i)).append(": ").append(t);
            }
            GpuDType result = op.resultType(compute);
            s.append(") -> ").append(result.computeType()).append(" {\n  return ").append(op.body(compute)).append(";\n}\n\n");
            s.append("@compute @workgroup_size(").append(WORKGROUP_SIZE).append(")\n");
            s.append("fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {\n");
            s.append("  let index = gid.x + gid.y * groups.x * ").append(WORKGROUP_SIZE).append("u;\n");
            s.append("  if (index >= params[0]) {\n    return;\n  }\n");
            if (linear) {
                // Contiguous operands of one shape: element index + offset, no coordinate walk.
                s.append("  let o = params[2] + index;\n");
                for (int i = 0; i < n; i++) {
                    s.append("  let p").append(i).append(" = params[").append(3 + i).append("] + index;\n");
                }
            } else {
                s.append("  let rank = params[1];\n");
                s.append("  let shapeAt = ").append(3 + n).append("u;\n");
                s.append("  var rest = index;\n");
                s.append("  var o = params[2];\n");
                for (int i = 0; i < n; i++) {
                    s.append("  var p").append(i).append(" = params[").append(3 + i).append("];\n");
                }
                s.append("  for (var d = rank; d > 0u; d--) {\n");
                s.append("    let size = params[shapeAt + d - 1u];\n");
                s.append("    let c = rest % size;\n");
                s.append("    rest = rest / size;\n");
                s.append("    o += c * params[shapeAt + rank + d - 1u];\n");
                for (int i = 0; i < n; i++) {
                    s.append("    p").append(i).append(" += c * params[shapeAt + ").append(2 + i).append("u * rank + d - 1u];\n");
                }
                s.append("  }\n");
            }
            s.append("  out[o] = ").append(output.storeFrom("op(" + args() + ")", result)).append(";\n");
            s.append("}\n");
            return s.toString();
        }

        private String args() {
            StringBuilder args = new StringBuilder();
            for (int i = 0; i < inputs.length; i++) {
                if (i > 0) {
                    args.append(", ");
                }
                args.append(inputs[i].loadAs("in" + i + "[p" + i + "]", compute));
            }
            return args.toString();
        }
    }
}
