package dev.torchlet.engine.optim;

/** {@code StepLR(optimizer, step_size, gamma=0.1, last_epoch=-1)}: lr times gamma every step_size epochs. */
public final class StepLR extends LRScheduler {
    private final long stepSize;
    private final double gamma;

    public StepLR(Optimizer optimizer, long stepSize, double gamma, long lastEpoch) {
        super(optimizer, lastEpoch);
        this.stepSize = stepSize;
        this.gamma = gamma;
        initialStep();
    }

    @Override
    protected double[] computeLr() {
        double[] lrs = currentLrs();
        if (lastEpoch == 0 || lastEpoch % stepSize != 0) {
            return lrs;
        }
        for (int i = 0; i < lrs.length; i++) {
            lrs[i] *= gamma;
        }
        return lrs;
    }
}
