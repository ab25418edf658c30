package dev.torchlet.engine.optim;

import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch 1.13's {@code _LRScheduler}: remembers each group's {@code initial_lr}, and on every
 * {@code step()} counts an epoch and writes the new learning rates into the optimizer's groups.
 * Most schedules are "chainable" (the new lr is computed from the group's current lr), so their
 * floating-point results match PyTorch's only when computed in the same order, as here.
 * Subclasses set their fields, then call {@link #initialStep()} (PyTorch's constructor step).
 */
public abstract class LRScheduler {
    protected final Optimizer optimizer;
    protected final double[] baseLrs;
    protected long lastEpoch;
    protected long stepCount;
    private List<Object> lastLr = new ArrayList<>();

    protected LRScheduler(Optimizer optimizer, long lastEpoch) {
        this.optimizer = optimizer;
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < groups.size(); i++) {
            ParamGroup group = groups.get(i);
            if (lastEpoch == -1) {
                if (!group.options().containsKey("initial_lr")) {
                    group.set("initial_lr", group.get("lr"));
                }
            } else if (!group.options().containsKey("initial_lr")) {
                throw new TorchException(TorchException.Kind.KEY_ERROR,
                        "\"param 'initial_lr' is not specified in param_groups[" + i + "] when resuming an optimizer\"");
            }
        }
        baseLrs = new double[groups.size()];
        for (int i = 0; i < baseLrs.length; i++) {
            baseLrs[i] = groups.get(i).number("initial_lr");
        }
        this.lastEpoch = lastEpoch;
    }

    /** The learning rates for epoch {@link #lastEpoch} (PyTorch's {@code get_lr}). */
    protected abstract double[] computeLr();

    protected final void initialStep() {
        stepCount = 0;
        step();
    }

    /** {@code scheduler.step()}: the next epoch's learning rates go into the optimizer. */
    public void step() {
        stepCount++;
        lastEpoch++;
        double[] values = computeLr();
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < groups.size() && i < values.length; i++) {
            groups.get(i).setLr(values[i]);
        }
        lastLr = new ArrayList<>();
        for (ParamGroup group : groups) {
            lastLr.add(group.get("lr"));
        }
    }

    /** {@code get_last_lr()}: the group learning rates the last step set (Double, or Long for an int lr). */
    public List<Object> getLastLr() {
        return lastLr;
    }

    public long lastEpoch() {
        return lastEpoch;
    }

    public double[] baseLrs() {
        return baseLrs.clone();
    }

    /** The current lr of every group (what chainable schedules start from). */
    protected final double[] currentLrs() {
        List<ParamGroup> groups = optimizer.paramGroups();
        double[] lrs = new double[groups.size()];
        for (int i = 0; i < lrs.length; i++) {
            lrs[i] = groups.get(i).lr();
        }
        return lrs;
    }

    /** Python's float {@code %}: the result takes the divisor's sign. */
    static double pythonModulo(double a, double b) {
        double m = a % b;
        return m != 0 && (m < 0) != (b < 0) ? m + b : m;
    }
}
