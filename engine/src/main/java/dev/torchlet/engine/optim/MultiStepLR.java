package dev.torchlet.engine.optim;

import java.util.List;

/** {@code MultiStepLR(optimizer, milestones, gamma=0.1)}: lr times gamma at each milestone (repeats count). */
public final class MultiStepLR extends LRScheduler {
    private final List<Long> milestones;
    private final double gamma;

    public MultiStepLR(Optimizer optimizer, List<Long> milestones, double gamma, long lastEpoch) {
        super(optimizer, lastEpoch);
        this.milestones = List.copyOf(milestones);
        this.gamma = gamma;
        initialStep();
    }

    @Override
    protected double[] computeLr() {
        double[] lrs = currentLrs();
        int hits = 0;
        for (long milestone : milestones) {
            hits += milestone == lastEpoch ? 1 : 0;
        }
        if (hits == 0) {
            return lrs;
        }
        double factor = Math.pow(gamma, hits);
        for (int i = 0; i < lrs.length; i++) {
            lrs[i] *= factor;
        }
        return lrs;
    }
}
