package dev.torchlet.engine.autograd;

/** Whether operations record the graph ({@code torch.no_grad()} turns it off). */
public final class GradMode {
    private static boolean enabled = true;

    private GradMode() {
    }

    public static boolean isEnabled() {
        return enabled;
    }

    public static void setEnabled(boolean on) {
        enabled = on;
    }

    /** {@code with torch.no_grad():} for Java: {@code try (var guard = GradMode.disable()) {...}}. */
    public static AutoCloseable disable() {
        boolean previous = enabled;
        enabled = false;
        return () -> enabled = previous;
    }
}
