package dev.torchlet.engine.optim;

/** {@code ExponentialLR(optimizer, gamma)}: lr times gamma every epoch. */
public final class ExponentialLR extends LRScheduler {
    private final double gamma;

    public ExponentialLR(Optimizer optimizer, double gamma, long lastEpoch) {
        super(optimizer, lastEpoch);
        this.gamma = gamma;
        initialStep();
    }

    @Override
    protected double[] computeLr() {
        double[] lrs = currentLrs();
        if (lastEpoch != 0) {
            for (int i = 0; i < lrs.length; i++) {
                lrs[i] *= gamma;
            }
        }
        return lrs;
    }
}
