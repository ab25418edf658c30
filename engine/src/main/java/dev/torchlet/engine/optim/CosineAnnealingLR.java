package dev.torchlet.engine.optim;

/** {@code CosineAnnealingLR(optimizer, T_max, eta_min=0)}, in PyTorch 1.13's recursive form. */
public final class CosineAnnealingLR extends LRScheduler {
    private final double tMax;
    private final double etaMin;

    public CosineAnnealingLR(Optimizer optimizer, double tMax, double etaMin, long lastEpoch) {
        super(optimizer, lastEpoch);
        this.tMax = tMax;
        this.etaMin = etaMin;
        initialStep();
    }

    @Override
    protected double[] computeLr() {
        double[] lrs = currentLrs();
        if (lastEpoch == 0) {
            return lrs;
        }
        for (int i = 0; i < lrs.length; i++) {
            if (stepCount == 1 && lastEpoch > 0) {
                lrs[i] = etaMin + (baseLrs[i] - etaMin) * (1 + Math.cos(lastEpoch * Math.PI / tMax)) / 2;
            } else if (pythonModulo(lastEpoch - 1 - tMax, 2 * tMax) == 0) {
                lrs[i] = lrs[i] + (baseLrs[i] - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
            } else {
                lrs[i] = (1 + Math.cos(Math.PI * lastEpoch / tMax)) / (1 + Math.cos(Math.PI * (lastEpoch - 1) / tMax))
                        * (lrs[i] - etaMin) + etaMin;
            }
        }
        return lrs;
    }
}
