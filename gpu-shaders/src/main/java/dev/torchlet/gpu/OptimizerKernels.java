package dev.torchlet.gpu;

/**
 * Optimizer steps as one element-wise kernel per parameter tensor, generated from the
 * {@link OptimizerRule} table: one thread per element reads the parameter, its gradient and its
 * state, and writes the new parameter and state in place (a step is one dispatch, not a dozen
 * element-wise ops). Every operand is float32 and contiguous with the parameter's element count
 * (the engine keeps optimizer state contiguous); offsets are free.
 *
 * <p>Bindings: the rule's buffers in order ({@code param} read_write, {@code grad} read, the state
 * read_write), then params = {@code [numel, offset[buffers], hyperparameter f32 bits..., flags...]}
 * with the hyperparameters and flags in the rule's order.
 */
public final class OptimizerKernels {
    public static final int WORKGROUP_SIZE = 256;

    private OptimizerKernels() {
    }

    /**
     * One {@code torch.optim.SGD} step. With {@code momentumBuffer} null, momentum must be 0;
     * otherwise {@code firstStep} says that the buffer is new (PyTorch sets it to the gradient).
     */
    public static KernelLaunch sgd(TensorLayout param, TensorLayout grad, TensorLayout momentumBuffer, double lr,
                                   double momentum, double dampening, double weightDecay, boolean nesterov,
                                   boolean maximize, boolean firstStep) {
        if (momentumBuffer == null) {
            if (momentum != 0 || nesterov) {
                throw new IllegalArgumentException("SGD with momentum needs a momentum buffer");
            }
            return plan(OptimizerRule.SGD, new TensorLayout[] {param, grad}, new double[] {lr, weightDecay},
                    new boolean[] {maximize});
        }
        return plan(OptimizerRule.SGD_MOMENTUM, new TensorLayout[] {param, grad, momentumBuffer},
                new double[] {lr, weightDecay, momentum, 1 - dampening}, new boolean[] {maximize, nesterov, firstStep});
    }

    /**
     * One {@code torch.optim.Adam} (or {@code AdamW}, when {@code decoupledWeightDecay}) step;
     * {@code step} counts this step (1 on the first). {@code maxExpAvgSq} is given for amsgrad, else null.
     */
    public static KernelLaunch adam(TensorLayout param, TensorLayout grad, TensorLayout expAvg, TensorLayout expAvgSq,
                                    TensorLayout maxExpAvgSq, double lr, double beta1, double beta2, double eps,
                                    double weightDecay, int step, boolean decoupledWeightDecay, boolean maximize) {
        if (step < 1) {
            throw new IllegalArgumentException("Adam's step counts from 1");
        }
        double biasCorrection1 = 1 - Math.pow(beta1, step);
        double biasCorrection2 = 1 - Math.pow(beta2, step);
        double[] hyper = {
            decoupledWeightDecay ? 0 : weightDecay,
            decoupledWeightDecay ? 1 - lr * weightDecay : 1,
            1 - beta1, beta2, 1 - beta2, eps,
            lr / biasCorrection1,
            Math.sqrt(biasCorrection2)
        };
        boolean[] flags = {maximize};
        if (maxExpAvgSq == null) {
            return plan(OptimizerRule.ADAM, new TensorLayout[] {param, grad, expAvg, expAvgSq}, hyper, flags);
        }
        return plan(OptimizerRule.ADAM_AMSGRAD, new TensorLayout[] {param, grad, expAvg, expAvgSq, maxExpAvgSq}, hyper, flags);
    }

    /** A step of {@code rule} with hyperparameters and flags in the rule's order. */
    public static KernelLaunch plan(OptimizerRule rule, TensorLayout[] buffers, double[] hyperparameters, boolean[] flags) {
        int n = rule.buffers().length;
        if (buffers.length != n || hyperparameters.length != rule.hyperparameters().length
                || flags.length != rule.flags().length) {
            throw new IllegalArgumentException(rule.ruleName() + " takes " + n + " buffers, "
                    + rule.hyperparameters().length + " hyperparameters and " + rule.flags().length + " flags");
        }
        int numel = buffers[0].numel();
        for (TensorLayout buffer : buffers) {
            if (buffer.dtype() != GpuDType.FLOAT32) {
                throw new IllegalArgumentException("optimizer kernels update float32 tensors");
            }
            IndexedReductionKernels.requireContiguous(buffer, numel);
        }
        int[] params = new int[1 + n + hyperparameters.length + flags.length];
        params[0] = numel;
        int at = 1;
        for (TensorLayout buffer : buffers) {
            params[at++] = buffer.offset();
        }
        for (double value : hyperparameters) {
            params[at++] = Float.floatToRawIntBits((float) value);
        }
        for (boolean flag : flags) {
            params[at++] = flag ? 1 : 0;
        }
        int groups = (numel + WORKGROUP_SIZE - 1) / WORKGROUP_SIZE;
        return KernelLaunch.linear(new Source(rule), n, params, groups, 1);
    }

    record Source(OptimizerRule rule) implements KernelSource {
        @Override
        public String key() {
            return "optimizer/" + rule.ruleName() + "/f32";
        }

        @Override
        public String wgsl() {
            String[] buffers = rule.buffers();
            String[] hyper = rule.hyperparameters();
            String[] flags = rule.flags();
            int n = buffers.length;
            StringBuilder s = new StringBuilder();
            s.append("// Generated by dev.torchlet.gpu.OptimizerKernels: ").append(key()).append('\n');
            for (int i = 0; i < n; i++) {
                s.append("@group(0) @binding(").append(i).append(") var<storage, ").append(i == 1 ? "read" : "read_write")
                        .append("> ").append(buffers[i]).append(": array<f32>;\n");
            }
            s.append("@group(0) @binding(").append(n).append(") var<storage, read> params: array<u32>;\n\n");
            s.append("@compute @workgroup_size(").append(WORKGROUP_SIZE).append(")\n");
            s.append("fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {\n");
            s.append("  let index = gid.x + gid.y * groups.x * ").append(WORKGROUP_SIZE).append("u;\n");
            s.append("  if (index >= params[0]) {\n    return;\n  }\n");
            for (int i = 0; i < n; i++) {
                s.append("  let i_").append(buffers[i]).append(" = params[").append(1 + i).append("] + index;\n");
            }
            for (int i = 0; i < hyper.length; i++) {
                s.append("  let ").append(hyper[i]).append(" = bitcast<f32>(params[").append(1 + n + i).append("]);\n");
            }
            for (int i = 0; i < flags.length; i++) {
                s.append("  let ").append(flags[i]).append(" = params[").append(1 + n + hyper.length + i).append("] != 0u;\n");
            }
            s.append("  var p = ").append(buffers[0]).append("[i_").append(buffers[0]).append("];\n");
            s.append("  var gr = ").append(buffers[1]).append("[i_").append(buffers[1]).append("];\n");
            s.append("  if (maximize) {\n    gr = -gr;\n  }\n");
            s.append(rule.body());
            s.append("  ").append(buffers[0]).append("[i_").append(buffers[0]).append("] = p;\n");
            s.append("}\n");
            return s.toString();
        }
    }
}
