package dev.torchlet.engine.optim;

import dev.torchlet.engine.TorchException;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/** {@code LambdaLR(optimizer, lr_lambda)}: lr = initial lr times {@code lr_lambda(epoch)} (one per group, or one for all). */
public final class LambdaLR extends LRScheduler {
    private final List<LongToDoubleFunction> lambdas;

    public LambdaLR(Optimizer optimizer, List<LongToDoubleFunction> lambdas, long lastEpoch) {
        super(optimizer, lastEpoch);
        int groups = optimizer.paramGroups().size();
        if (lambdas.size() == 1 && groups > 1) {
            lambdas = java.util.Collections.nCopies(groups, lambdas.get(0));
        } else if (lambdas.size() != groups) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Expected " + groups + " lr_lambdas, but got " + lambdas.size());
        }
        this.lambdas = List.copyOf(lambdas);
        initialStep();
    }

    @Override
    protected double[] computeLr() {
        double[] lrs = new double[baseLrs.length];
        for (int i = 0; i < lrs.length; i++) {
            lrs[i] = baseLrs[i] * lambdas.get(i).applyAsDouble(lastEpoch);
        }
        return lrs;
    }
}
