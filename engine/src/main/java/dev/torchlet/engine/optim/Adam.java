package dev.torchlet.engine.optim;

import dev.torchlet.engine.DeviceKernels;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Adam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0,
 * amsgrad=False, *, foreach=None, maximize=False, capturable=False, differentiable=False,
 * fused=False)}; {@link AdamW} shares the rule with decoupled weight decay.
 */
public class Adam extends Optimizer {
    private final boolean decoupledWeightDecay;

    public Adam(List<?> params, Map<String, Object> options) {
        this(params, adamDefaults(options), false);
    }

    Adam(List<?> params, LinkedHashMap<String, Object> defaults, boolean decoupledWeightDecay) {
        super(params, defaults);
        this.decoupledWeightDecay = decoupledWeightDecay;
    }

    private static LinkedHashMap<String, Object> adamDefaults(Map<String, Object> given) {
        LinkedHashMap<String, Object> d = new OptimizerOptions()
                .put("lr", OptimizerOptions.given(given, "lr", 1e-3))
                .put("betas", OptimizerOptions.given(given, "betas", OptimizerOptions.tuple(0.9, 0.999)))
                .put("eps", OptimizerOptions.given(given, "eps", 1e-8))
                .put("weight_decay", OptimizerOptions.given(given, "weight_decay", 0L))
                .put("amsgrad", OptimizerOptions.given(given, "amsgrad", false))
                .put("maximize", OptimizerOptions.given(given, "maximize", false))
                .put("foreach", OptimizerOptions.given(given, "foreach", null))
                .put("capturable", OptimizerOptions.given(given, "capturable", false))
                .put("differentiable", OptimizerOptions.given(given, "differentiable", false))
                .put("fused", OptimizerOptions.given(given, "fused", false)).build();
        validate(d);
        return d;
    }

    static void validate(Map<String, Object> d) {
        requireNonNegative(d.get("lr"), "learning rate");
        requireNonNegative(d.get("eps"), "epsilon value");
        if (d.get("betas") instanceof List<?> betas && betas.size() == 2) {
            for (int i = 0; i < 2; i++) {
                if (betas.get(i) instanceof Number b && !(b.doubleValue() >= 0 && b.doubleValue() < 1)) {
                    throw new dev.torchlet.engine.TorchException(dev.torchlet.engine.TorchException.Kind.VALUE_ERROR,
                            "Invalid beta parameter at index " + i + ": " + PythonText.str(betas.get(i)));
                }
            }
        }
        requireNonNegative(d.get("weight_decay"), "weight_decay value");
    }

    @Override
    public String name() {
        return "Adam";
    }

    @Override
    protected boolean updateOnDevice(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group) {
        boolean amsgrad = group.flag("amsgrad");
        boolean fresh = state.isEmpty();
        Tensor expAvg = fresh ? zerosLike(param) : (Tensor) state.get("exp_avg");
        Tensor expAvgSq = fresh ? zerosLike(param) : (Tensor) state.get("exp_avg_sq");
        Tensor maxExpAvgSq = !amsgrad ? null : fresh ? zerosLike(param) : (Tensor) state.get("max_exp_avg_sq");
        double lr = group.lr();
        double beta1 = group.number("betas", 0);
        double beta2 = group.number("betas", 1);
        double weightDecay = group.number("weight_decay");
        // The step this update makes (state['step'] + 1, counted in float32 as PyTorch's tensor).
        double step = dev.torchlet.engine.Float32.round((fresh ? 0 : ((Tensor) state.get("step")).itemAsDouble()) + 1);
        double[] hyper = {decoupledWeightDecay ? 0 : weightDecay, decoupledWeightDecay ? 1 - lr * weightDecay : 1,
            1 - beta1, beta2, 1 - beta2, group.number("eps"), lr / (1 - Math.pow(beta1, step)), Math.sqrt(1 - Math.pow(beta2, step))};
        Tensor[] buffers = amsgrad ? new Tensor[] {param, grad, expAvg, expAvgSq, maxExpAvgSq} : new Tensor[] {param, grad, expAvg, expAvgSq};
        if (!DeviceKernels.optimizerStep(amsgrad ? "adam_amsgrad" : "adam", buffers, hyper, new boolean[] {group.flag("maximize")})) {
            return false;
        }
        if (fresh) {
            state.put("step", StepCounter.zero());
            state.put("exp_avg", expAvg);
            state.put("exp_avg_sq", expAvgSq);
            if (amsgrad) {
                state.put("max_exp_avg_sq", maxExpAvgSq);
            }
        }
        StepCounter.increment(state);
        return true;
    }

    @Override
    protected void update(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group) {
        ElementArithmetic math = new ElementArithmetic(param.dtype());
        boolean amsgrad = group.flag("amsgrad");
        if (state.isEmpty()) {
            state.put("step", StepCounter.zero());
            state.put("exp_avg", zerosLike(param));
            state.put("exp_avg_sq", zerosLike(param));
            if (amsgrad) {
                state.put("max_exp_avg_sq", zerosLike(param));
            }
        }
        double lr = group.lr();
        double beta1 = group.number("betas", 0);
        double beta2 = group.number("betas", 1);
        double weightDecay = group.number("weight_decay");
        double step = StepCounter.increment(state);
        double[] p = TensorValues.read(param);
        double[] g = UpdateInputs.gradient(grad, group.flag("maximize"));
        if (decoupledWeightDecay) {
            UpdateInputs.scale(math, p, 1 - lr * weightDecay);
        } else if (weightDecay != 0) {
            UpdateInputs.addScaled(math, g, p, weightDecay);
        }
        Tensor expAvg = (Tensor) state.get("exp_avg");
        Tensor expAvgSq = (Tensor) state.get("exp_avg_sq");
        double[] m = TensorValues.read(expAvg);
        double[] v = TensorValues.read(expAvgSq);
        UpdateInputs.scale(math, m, beta1);
        UpdateInputs.addScaled(math, m, g, 1 - beta1);
        UpdateInputs.scale(math, v, beta2);
        UpdateInputs.addProduct(math, v, g, g, 1 - beta2);
        TensorValues.write(expAvg, m);
        TensorValues.write(expAvgSq, v);
        // Bias corrections in Python floats, from the step count.
        double biasCorrection1 = 1 - Math.pow(beta1, step);
        double biasCorrection2 = 1 - Math.pow(beta2, step);
        double stepSize = lr / biasCorrection1;
        double correction2Sqrt = math.scalar(Math.sqrt(biasCorrection2));
        double[] second = v;
        if (amsgrad) {
            Tensor maxTensor = (Tensor) state.get("max_exp_avg_sq");
            double[] max = TensorValues.read(maxTensor);
            for (int i = 0; i < max.length; i++) {
                max[i] = Math.max(max[i], v[i]);
            }
            TensorValues.write(maxTensor, max);
            second = max;
        }
        double eps = math.scalar(group.number("eps"));
        double[] denom = new double[p.length];
        for (int i = 0; i < denom.length; i++) {
            denom[i] = math.add(math.div(math.sqrt(second[i]), correction2Sqrt), eps);
        }
        UpdateInputs.addQuotient(math, p, m, denom, -stepSize);
        TensorValues.write(param, p);
    }
}
