package dev.torchlet.engine.optim;

import dev.torchlet.engine.Float32;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import java.util.Map;

/** {@code state['step']} as a 0-d float32 tensor (Adam, AdamW, Adagrad in PyTorch 1.13). */
final class StepCounter {
    private StepCounter() {
    }

    static Tensor zero() {
        return TensorValues.create(new double[] {0}, new long[0], dev.torchlet.engine.DType.FLOAT32);
    }

    /** {@code step_t += 1} (in float32, as PyTorch's tensor does); returns the new count. */
    static double increment(Map<String, Object> state) {
        Tensor step = (Tensor) state.get("step");
        double next = Float32.round(step.itemAsDouble() + 1);
        TensorValues.write(step, new double[] {next});
        return next;
    }
}
