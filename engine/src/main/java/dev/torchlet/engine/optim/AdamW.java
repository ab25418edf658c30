package dev.torchlet.engine.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.AdamW(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2,
 * amsgrad=False, *, maximize=False, foreach=None, capturable=False)}: Adam whose weight decay
 * shrinks the parameter ({@code p *= 1 - lr * weight_decay}) instead of joining the gradient.
 */
public final class AdamW extends Adam {
    public AdamW(List<?> params, Map<String, Object> options) {
        super(params, adamWDefaults(options), true);
    }

    private static LinkedHashMap<String, Object> adamWDefaults(Map<String, Object> given) {
        LinkedHashMap<String, Object> d = new OptimizerOptions()
                .put("lr", OptimizerOptions.given(given, "lr", 1e-3))
                .put("betas", OptimizerOptions.given(given, "betas", OptimizerOptions.tuple(0.9, 0.999)))
                .put("eps", OptimizerOptions.given(given, "eps", 1e-8))
                .put("weight_decay", OptimizerOptions.given(given, "weight_decay", 1e-2))
                .put("amsgrad", OptimizerOptions.given(given, "amsgrad", false))
                .put("foreach", OptimizerOptions.given(given, "foreach", null))
                .put("maximize", OptimizerOptions.given(given, "maximize", false))
                .put("capturable", OptimizerOptions.given(given, "capturable", false)).build();
        validate(d);
        return d;
    }

    @Override
    public String name() {
        return "AdamW";
    }
}
