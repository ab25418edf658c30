package dev.torchlet.engine.optim;

import dev.torchlet.engine.DeviceKernels;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.TorchException;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.SGD(params, lr, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
 * maximize=False, foreach=None, differentiable=False)}.
 */
public final class SGD extends Optimizer {
    /** {@code options} holds the keywords given (lr is required); the rest take PyTorch's defaults. */
    public SGD(List<?> params, Map<String, Object> options) {
        super(params, defaults(options));
    }

    public SGD(List<?> params, double lr) {
        this(params, Map.of("lr", lr));
    }

    private static java.util.LinkedHashMap<String, Object> defaults(Map<String, Object> given) {
        java.util.LinkedHashMap<String, Object> d = new OptimizerOptions()
                .put("lr", OptimizerOptions.given(given, "lr", REQUIRED))
                .put("momentum", OptimizerOptions.given(given, "momentum", 0L))
                .put("dampening", OptimizerOptions.given(given, "dampening", 0L))
                .put("weight_decay", OptimizerOptions.given(given, "weight_decay", 0L))
                .put("nesterov", OptimizerOptions.given(given, "nesterov", false))
                .put("maximize", OptimizerOptions.given(given, "maximize", false))
                .put("foreach", OptimizerOptions.given(given, "foreach", null))
                .put("differentiable", OptimizerOptions.given(given, "differentiable", false)).build();
        if (d.get("lr") != REQUIRED) {
            requireNonNegative(d.get("lr"), "learning rate");
        }
        requireNonNegative(d.get("momentum"), "momentum value");
        requireNonNegative(d.get("weight_decay"), "weight_decay value");
        boolean nesterov = Boolean.TRUE.equals(d.get("nesterov"));
        if (nesterov && (numberOf(d.get("momentum")) <= 0 || numberOf(d.get("dampening")) != 0)) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Nesterov momentum requires a momentum and zero dampening");
        }
        return d;
    }

    @Override
    public String name() {
        return "SGD";
    }

    @Override
    protected boolean updateOnDevice(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group) {
        double momentum = group.number("momentum");
        double[] hyper = {group.lr(), group.number("weight_decay")};
        if (momentum == 0) {
            return DeviceKernels.optimizerStep("sgd", new Tensor[] {param, grad}, hyper, new boolean[] {group.flag("maximize")});
        }
        Tensor buffer = (Tensor) state.get("momentum_buffer");
        boolean first = buffer == null;
        Tensor momentumBuffer = first ? zerosLike(param) : buffer;
        boolean done = DeviceKernels.optimizerStep("sgd_momentum", new Tensor[] {param, grad, momentumBuffer},
                new double[] {hyper[0], hyper[1], momentum, 1 - group.number("dampening")},
                new boolean[] {group.flag("maximize"), group.flag("nesterov"), first});
        if (done) {
            state.put("momentum_buffer", momentumBuffer);
        }
        return done;
    }

    @Override
    protected void update(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group) {
        ElementArithmetic math = new ElementArithmetic(param.dtype());
        double weightDecay = group.number("weight_decay");
        double momentum = group.number("momentum");
        double[] p = TensorValues.read(param);
        double[] d = UpdateInputs.gradient(grad, group.flag("maximize"));
        if (weightDecay != 0) {
            UpdateInputs.addScaled(math, d, p, weightDecay);
        }
        Tensor buffer = (Tensor) state.get("momentum_buffer");
        if (momentum != 0) {
            double[] buf;
            if (buffer == null) {
                buf = d.clone();
                buffer = TensorValues.create(buf, param.shape(), param.dtype());
            } else {
                buf = TensorValues.read(buffer);
                double m = math.scalar(momentum);
                double keep = math.scalar(1 - group.number("dampening"));
                for (int i = 0; i < buf.length; i++) {
                    buf[i] = math.fma(keep, d[i], math.mul(buf[i], m));
                }
                TensorValues.write(buffer, buf);
            }
            if (group.flag("nesterov")) {
                UpdateInputs.addScaled(math, d, buf, momentum);
            } else {
                d = buf;
            }
        }
        // PyTorch 1.13 stores the buffer after every step, None without momentum.
        state.put("momentum_buffer", buffer);
        UpdateInputs.addScaled(math, p, d, -group.lr());
        TensorValues.write(param, p);
    }
}
