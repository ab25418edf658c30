package dev.torchlet.gpu;

/**
 * The optimizers' per-element update rules, as a table the {@link OptimizerKernels} are generated
 * from: the buffers each reads and writes (the parameter first, then its gradient, then its state,
 * in binding order), its float32 hyperparameters and its flags (both from the params buffer, so
 * one pipeline serves every learning rate and step), and its WGSL body. The body reads each
 * buffer's element through {@code <name>[i_<name>]}, works on {@code p} (the parameter's value,
 * stored back at the end) and {@code gr} (the gradient, negated already when maximizing).
 * Each is PyTorch's single-tensor ({@code foreach=False}) rule, operation by operation.
 */
public enum OptimizerRule {
    /** {@code torch.optim.SGD} without momentum. */
    SGD("sgd", new String[] {"param", "grad"}, new String[] {"lr", "weightDecay"}, new String[] {"maximize"},
            """
                if (weightDecay != 0.0) {
                  gr = gr + weightDecay * p;
                }
                p = p + (-lr) * gr;
            """),
    /** {@code torch.optim.SGD} with momentum (and dampening, nesterov); {@code firstStep} when the buffer is new. */
    SGD_MOMENTUM("sgd_momentum", new String[] {"param", "grad", "momentum_buffer"},
            new String[] {"lr", "weightDecay", "momentum", "oneMinusDampening"},
            new String[] {"maximize", "nesterov", "firstStep"},
            """
                if (weightDecay != 0.0) {
                  gr = gr + weightDecay * p;
                }
                var buf = gr;
                if (!firstStep) {
                  buf = momentum_buffer[i_momentum_buffer] * momentum + oneMinusDampening * gr;
                }
                momentum_buffer[i_momentum_buffer] = buf;
                if (nesterov) {
                  gr = gr + momentum * buf;
                } else {
                  gr = buf;
                }
                p = p + (-lr) * gr;
            """),
    /**
     * {@code torch.optim.Adam} and {@code AdamW}: Adam adds {@code weightDecay * p} to the gradient
     * ({@code decayFactor} 1), AdamW multiplies p by {@code decayFactor = 1 - lr * weight_decay}
     * first ({@code weightDecay} 0). {@code stepSize = lr / (1 - beta1^step)},
     * {@code bc2Sqrt = sqrt(1 - beta2^step)}, computed on the host in double as PyTorch does.
     */
    ADAM("adam", new String[] {"param", "grad", "exp_avg", "exp_avg_sq"},
            new String[] {"weightDecay", "decayFactor", "oneMinusBeta1", "beta2", "oneMinusBeta2", "eps", "stepSize", "bc2Sqrt"},
            new String[] {"maximize"},
            """
                p = p * decayFactor;
                if (weightDecay != 0.0) {
                  gr = gr + weightDecay * p;
                }
                // exp_avg.lerp_(grad, 1 - beta1), exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                let m = exp_avg[i_exp_avg] + oneMinusBeta1 * (gr - exp_avg[i_exp_avg]);
                let v = exp_avg_sq[i_exp_avg_sq] * beta2 + oneMinusBeta2 * gr * gr;
                exp_avg[i_exp_avg] = m;
                exp_avg_sq[i_exp_avg_sq] = v;
                let denom = sqrt(v) / bc2Sqrt + eps;
                p = p + (-stepSize) * (m / denom);
            """),
    /** Adam/AdamW with {@code amsgrad=True}: the running max of exp_avg_sq makes the denominator. */
    ADAM_AMSGRAD("adam_amsgrad", new String[] {"param", "grad", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"},
            new String[] {"weightDecay", "decayFactor", "oneMinusBeta1", "beta2", "oneMinusBeta2", "eps", "stepSize", "bc2Sqrt"},
            new String[] {"maximize"},
            """
                p = p * decayFactor;
                if (weightDecay != 0.0) {
                  gr = gr + weightDecay * p;
                }
                let m = exp_avg[i_exp_avg] + oneMinusBeta1 * (gr - exp_avg[i_exp_avg]);
                let v = exp_avg_sq[i_exp_avg_sq] * beta2 + oneMinusBeta2 * gr * gr;
                exp_avg[i_exp_avg] = m;
                exp_avg_sq[i_exp_avg_sq] = v;
                let vMax = max(max_exp_avg_sq[i_max_exp_avg_sq], v);
                max_exp_avg_sq[i_max_exp_avg_sq] = vMax;
                let denom = sqrt(vMax) / bc2Sqrt + eps;
                p = p + (-stepSize) * (m / denom);
            """);

    private final String name;
    private final String[] buffers;
    private final String[] hyperparameters;
    private final String[] flags;
    private final String body;

    OptimizerRule(String name, String[] buffers, String[] hyperparameters, String[] flags, String body) {
        this.name = name;
        this.buffers = buffers;
        this.hyperparameters = hyperparameters;
        this.flags = flags;
        this.body = body;
    }

    public String ruleName() {
        return name;
    }

    /** The buffers in binding order: param, grad, then the state (PyTorch's state_dict names). */
    public String[] buffers() {
        return buffers.clone();
    }

    /** The float32 hyperparameters, in params order (after the offsets). */
    public String[] hyperparameters() {
        return hyperparameters.clone();
    }

    /** The boolean flags, in params order (after the hyperparameters), each a u32 0 or 1. */
    public String[] flags() {
        return flags.clone();
    }

    String body() {
        return body;
    }
}
