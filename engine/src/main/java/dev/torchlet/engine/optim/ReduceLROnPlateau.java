package dev.torchlet.engine.optim;

import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ReduceLROnPlateau(optimizer, mode='min', factor=0.1, patience=10, threshold=1e-4,
 * threshold_mode='rel', cooldown=0, min_lr=0, eps=1e-8)}: lr times factor once the metric given
 * to {@code step(metric)} has not improved for more than {@code patience} epochs.
 */
public final class ReduceLROnPlateau {
    private final Optimizer optimizer;
    private final boolean minimize;
    private final boolean relative;
    private final double factor;
    private final long patience;
    private final double threshold;
    private final long cooldown;
    private final double[] minLrs;
    private final double eps;
    private double best;
    private long numBadEpochs;
    private long cooldownCounter;
    private long lastEpoch;
    private List<Object> lastLr = new ArrayList<>();

    public ReduceLROnPlateau(Optimizer optimizer, String mode, double factor, long patience, double threshold,
            String thresholdMode, long cooldown, double[] minLrs, double eps) {
        if (factor >= 1.0) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Factor should be < 1.0.");
        }
        if (minLrs.length != optimizer.paramGroups().size()) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR,
                    "expected " + optimizer.paramGroups().size() + " min_lrs, got " + minLrs.length);
        }
        if (!mode.equals("min") && !mode.equals("max")) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "mode " + mode + " is unknown!");
        }
        if (!thresholdMode.equals("rel") && !thresholdMode.equals("abs")) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "threshold mode " + thresholdMode + " is unknown!");
        }
        this.optimizer = optimizer;
        this.minimize = mode.equals("min");
        this.relative = thresholdMode.equals("rel");
        this.factor = factor;
        this.patience = patience;
        this.threshold = threshold;
        this.cooldown = cooldown;
        this.minLrs = minLrs.clone();
        this.eps = eps;
        this.best = minimize ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** {@code step(metrics)}: one epoch's metric; lowers the learning rates after too long without improvement. */
    public void step(double current) {
        lastEpoch++;
        if (isBetter(current)) {
            best = current;
            numBadEpochs = 0;
        } else {
            numBadEpochs++;
        }
        if (cooldownCounter > 0) {
            cooldownCounter--;
            numBadEpochs = 0; // bad epochs during cooldown do not count
        }
        if (numBadEpochs > patience) {
            reduceLr();
            cooldownCounter = cooldown;
            numBadEpochs = 0;
        }
        lastLr = new ArrayList<>();
        for (ParamGroup group : optimizer.paramGroups()) {
            lastLr.add(group.get("lr"));
        }
    }

    private void reduceLr() {
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < groups.size(); i++) {
            double oldLr = groups.get(i).lr();
            double newLr = Math.max(oldLr * factor, minLrs[i]);
            if (oldLr - newLr > eps) {
                groups.get(i).setLr(newLr);
            }
        }
    }

    private boolean isBetter(double a) {
        if (minimize) {
            return relative ? a < best * (1.0 - threshold) : a < best - threshold;
        }
        return relative ? a > best * (threshold + 1.0) : a > best + threshold;
    }

    public double best() {
        return best;
    }

    public long numBadEpochs() {
        return numBadEpochs;
    }

    public long lastEpoch() {
        return lastEpoch;
    }

    public List<Object> lastLr() {
        return lastLr;
    }
}
