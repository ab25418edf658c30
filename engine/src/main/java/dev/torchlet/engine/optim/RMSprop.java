package dev.torchlet.engine.optim;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.RMSprop(params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0,
 * centered=False, foreach=None, maximize=False, differentiable=False)}.
 */
public final class RMSprop extends Optimizer {
    public RMSprop(List<?> params, Map<String, Object> options) {
        super(params, defaults(options));
    }

    private static LinkedHashMap<String, Object> defaults(Map<String, Object> given) {
        LinkedHashMap<String, Object> d = new OptimizerOptions()
                .put("lr", OptimizerOptions.given(given, "lr", 1e-2))
                .put("momentum", OptimizerOptions.given(given, "momentum", 0L))
                .put("alpha", OptimizerOptions.given(given, "alpha", 0.99))
                .put("eps", OptimizerOptions.given(given, "eps", 1e-8))
                .put("centered", OptimizerOptions.given(given, "centered", false))
                .put("weight_decay", OptimizerOptions.given(given, "weight_decay", 0L))
                .put("foreach", OptimizerOptions.given(given, "foreach", null))
                .put("maximize", OptimizerOptions.given(given, "maximize", false))
                .put("differentiable", OptimizerOptions.given(given, "differentiable", false)).build();
        requireNonNegative(d.get("lr"), "learning rate");
        requireNonNegative(d.get("eps"), "epsilon value");
        requireNonNegative(d.get("momentum"), "momentum value");
        requireNonNegative(d.get("weight_decay"), "weight_decay value");
        requireNonNegative(d.get("alpha"), "alpha value");
        return d;
    }

    @Override
    public String name() {
        return "RMSprop";
    }

    @Override
    protected void update(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group) {
        ElementArithmetic math = new ElementArithmetic(param.dtype());
        double momentum = group.number("momentum");
        boolean centered = group.flag("centered");
        if (state.isEmpty()) {
            state.put("step", 0L);
            state.put("square_avg", zerosLike(param));
            if (momentum > 0) {
                state.put("momentum_buffer", zerosLike(param));
            }
            if (centered) {
                state.put("grad_avg", zerosLike(param));
            }
        }
        state.put("step", ((Long) state.get("step")) + 1);
        double alpha = group.number("alpha");
        double weightDecay = group.number("weight_decay");
        double[] p = TensorValues.read(param);
        double[] g = UpdateInputs.gradient(grad, group.flag("maximize"));
        if (weightDecay != 0) {
            UpdateInputs.addScaled(math, g, p, weightDecay);
        }
        Tensor squareAvgTensor = (Tensor) state.get("square_avg");
        double[] squareAvg = TensorValues.read(squareAvgTensor);
        UpdateInputs.scale(math, squareAvg, alpha);
        UpdateInputs.addProduct(math, squareAvg, g, g, 1 - alpha);
        TensorValues.write(squareAvgTensor, squareAvg);
        double[] avg = squareAvg.clone();
        if (centered) {
            Tensor gradAvgTensor = (Tensor) state.get("grad_avg");
            double[] gradAvg = TensorValues.read(gradAvgTensor);
            UpdateInputs.scale(math, gradAvg, alpha);
            UpdateInputs.addScaled(math, gradAvg, g, 1 - alpha);
            TensorValues.write(gradAvgTensor, gradAvg);
            UpdateInputs.addProduct(math, avg, gradAvg, gradAvg, -1);
        }
        double eps = math.scalar(group.number("eps"));
        for (int i = 0; i < avg.length; i++) {
            avg[i] = math.add(math.sqrt(avg[i]), eps);
        }
        if (momentum > 0) {
            Tensor bufferTensor = (Tensor) state.get("momentum_buffer");
            double[] buffer = TensorValues.read(bufferTensor);
            UpdateInputs.scale(math, buffer, momentum);
            UpdateInputs.addQuotient(math, buffer, g, avg, 1);
            TensorValues.write(bufferTensor, buffer);
            UpdateInputs.addScaled(math, p, buffer, -group.lr());
        } else {
            UpdateInputs.addQuotient(math, p, g, avg, -group.lr());
        }
        TensorValues.write(param, p);
    }
}
