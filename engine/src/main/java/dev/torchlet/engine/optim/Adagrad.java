package dev.torchlet.engine.optim;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.Torch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Adagrad(params, lr=1e-2, lr_decay=0, weight_decay=0,
 * initial_accumulator_value=0, eps=1e-10, foreach=None, *, maximize=False)}. Every parameter gets
 * its state ({@code step}, {@code sum}) when the optimizer is built, as in PyTorch.
 */
public final class Adagrad extends Optimizer {
    public Adagrad(List<?> params, Map<String, Object> options) {
        super(params, defaults(options));
    }

    private static LinkedHashMap<String, Object> defaults(Map<String, Object> given) {
        LinkedHashMap<String, Object> d = new OptimizerOptions()
                .put("lr", OptimizerOptions.given(given, "lr", 1e-2))
                .put("lr_decay", OptimizerOptions.given(given, "lr_decay", 0L))
                .put("eps", OptimizerOptions.given(given, "eps", 1e-10))
                .put("weight_decay", OptimizerOptions.given(given, "weight_decay", 0L))
                .put("initial_accumulator_value", OptimizerOptions.given(given, "initial_accumulator_value", 0L))
                .put("foreach", OptimizerOptions.given(given, "foreach", null))
                .put("maximize", OptimizerOptions.given(given, "maximize", false)).build();
        requireNonNegative(d.get("lr"), "learning rate");
        requireNonNegative(d.get("lr_decay"), "lr_decay value");
        requireNonNegative(d.get("weight_decay"), "weight_decay value");
        requireNonNegative(d.get("initial_accumulator_value"), "initial_accumulator_value value");
        requireNonNegative(d.get("eps"), "epsilon value");
        return d;
    }

    @Override
    public String name() {
        return "Adagrad";
    }

    @Override
    protected void initializeState(Tensor param, ParamGroup group) {
        Map<String, Object> state = stateFor(param);
        state.put("step", StepCounter.zero());
        state.put("sum", Torch.full(param.shape(), Scalar.of(group.number("initial_accumulator_value")), param.dtype()));
    }

    @Override
    protected void update(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group) {
        ElementArithmetic math = new ElementArithmetic(param.dtype());
        double step = StepCounter.increment(state);
        double[] p = TensorValues.read(param);
        double[] g = UpdateInputs.gradient(grad, group.flag("maximize"));
        double weightDecay = group.number("weight_decay");
        if (weightDecay != 0) {
            UpdateInputs.addScaled(math, g, p, weightDecay);
        }
        double clr = group.lr() / (1 + (step - 1) * group.number("lr_decay"));
        Tensor sumTensor = (Tensor) state.get("sum");
        double[] sum = TensorValues.read(sumTensor);
        UpdateInputs.addProduct(math, sum, g, g, 1);
        TensorValues.write(sumTensor, sum);
        double eps = math.scalar(group.number("eps"));
        double[] std = new double[sum.length];
        for (int i = 0; i < std.length; i++) {
            std[i] = math.add(math.sqrt(sum[i]), eps);
        }
        UpdateInputs.addQuotient(math, p, g, std, -clr);
        TensorValues.write(param, p);
    }
}
