package dev.torchlet.engine.optim;

import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OneCycleLR(optimizer, max_lr, total_steps, pct_start=0.3, anneal_strategy='cos',
 * cycle_momentum=True, base_momentum=0.85, max_momentum=0.95, div_factor=25.,
 * final_div_factor=1e4, three_phase=False)}: warm up to max_lr, then anneal far below the start;
 * momentum (or Adam's beta1) cycles the other way. The limits live in the param groups
 * ({@code initial_lr}, {@code max_lr}, {@code min_lr}, {@code max_momentum}, {@code base_momentum}) as in PyTorch.
 */
public final class OneCycleLR extends LRScheduler {
    /** One phase: it ends at {@code endStep} and anneals between the named group options. */
    private record Phase(double endStep, String startLr, String endLr, String startMomentum, String endMomentum) {
    }

    /** The options the caller may give besides the optimizer, max_lr and total_steps (null: PyTorch's default). */
    public record Settings(double pctStart, boolean cosine, boolean cycleMomentum, double baseMomentum, double maxMomentum,
            double divFactor, double finalDivFactor, boolean threePhase) {
        public static Settings defaults() {
            return new Settings(0.3, true, true, 0.85, 0.95, 25.0, 1e4, false);
        }
    }

    private final long totalSteps;
    private final List<Phase> phases = new ArrayList<>();
    private final boolean cosine;
    private final boolean cycleMomentum;
    private final boolean useBeta1;

    public OneCycleLR(Optimizer optimizer, double[] maxLrs, long totalSteps, Settings s, long lastEpoch) {
        super(prepared(optimizer, maxLrs, totalSteps, s, lastEpoch), lastEpoch);
        this.totalSteps = totalSteps;
        this.cosine = s.cosine();
        this.cycleMomentum = s.cycleMomentum();
        this.useBeta1 = optimizer.defaults().containsKey("betas");
        if (s.threePhase()) {
            phases.add(new Phase(s.pctStart() * totalSteps - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"));
            phases.add(new Phase(2 * s.pctStart() * totalSteps - 2, "max_lr", "initial_lr", "base_momentum", "max_momentum"));
            phases.add(new Phase(totalSteps - 1, "initial_lr", "min_lr", "max_momentum", "max_momentum"));
        } else {
            phases.add(new Phase(s.pctStart() * totalSteps - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"));
            phases.add(new Phase(totalSteps - 1, "max_lr", "min_lr", "base_momentum", "max_momentum"));
        }
        initialStep();
    }

    /** Checks the arguments and writes the cycle's limits into the groups before the base constructor reads initial_lr. */
    private static Optimizer prepared(Optimizer optimizer, double[] maxLrs, long totalSteps, Settings s, long lastEpoch) {
        if (totalSteps <= 0) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Expected positive integer total_steps, but got " + totalSteps);
        }
        if (s.pctStart() < 0 || s.pctStart() > 1) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR,
                    "Expected float between 0 and 1 pct_start, but got " + PythonText.str(s.pctStart()));
        }
        List<ParamGroup> groups = optimizer.paramGroups();
        if (maxLrs.length != groups.size()) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR,
                    "expected " + groups.size() + " values for max_lr, got " + maxLrs.length);
        }
        if (lastEpoch == -1) {
            for (int i = 0; i < groups.size(); i++) {
                ParamGroup group = groups.get(i);
                double initial = maxLrs[i] / s.divFactor();
                group.set("initial_lr", initial);
                group.set("max_lr", maxLrs[i]);
                group.set("min_lr", initial / s.finalDivFactor());
            }
        }
        if (s.cycleMomentum()) {
            boolean beta1 = optimizer.defaults().containsKey("betas");
            if (!optimizer.defaults().containsKey("momentum") && !beta1) {
                throw new TorchException(TorchException.Kind.VALUE_ERROR, "optimizer must support momentum with `cycle_momentum` option enabled");
            }
            if (lastEpoch == -1) {
                for (ParamGroup group : groups) {
                    setMomentum(group, beta1, s.maxMomentum());
                    group.set("max_momentum", s.maxMomentum());
                    group.set("base_momentum", s.baseMomentum());
                }
            }
        }
        return optimizer;
    }

    private static void setMomentum(ParamGroup group, boolean beta1, double momentum) {
        if (beta1) {
            List<Object> betas = new ArrayList<>((List<?>) group.get("betas"));
            betas.set(0, momentum);
            group.set("betas", java.util.Collections.unmodifiableList(betas));
        } else {
            group.set("momentum", momentum);
        }
    }

    private double anneal(double start, double end, double pct) {
        if (cosine) {
            double cosOut = Math.cos(Math.PI * pct) + 1;
            return end + (start - end) / 2.0 * cosOut;
        }
        return (end - start) * pct + start;
    }

    @Override
    protected double[] computeLr() {
        long stepNum = lastEpoch;
        if (stepNum > totalSteps) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR,
                    "Tried to step " + (stepNum + 1) + " times. The specified number of total steps is " + totalSteps);
        }
        List<ParamGroup> groups = optimizer.paramGroups();
        double[] lrs = new double[groups.size()];
        for (int g = 0; g < lrs.length; g++) {
            ParamGroup group = groups.get(g);
            double startStep = 0;
            for (int i = 0; i < phases.size(); i++) {
                Phase phase = phases.get(i);
                if (stepNum <= phase.endStep() || i == phases.size() - 1) {
                    double pct = (stepNum - startStep) / (phase.endStep() - startStep);
                    lrs[g] = anneal(group.number(phase.startLr()), group.number(phase.endLr()), pct);
                    if (cycleMomentum) {
                        setMomentum(group, useBeta1, anneal(group.number(phase.startMomentum()), group.number(phase.endMomentum()), pct));
                    }
                    break;
                }
                startStep = phase.endStep();
            }
        }
        return lrs;
    }
}
