package dev.torchlet.gpu;

/**
 * A generated WGSL compute shader, identified by a key that names everything its text depends on
 * (op and dtypes, never shapes: those travel in the params buffer). A backend caches its compiled
 * pipeline by {@link #key()} and asks for {@link #wgsl()} only on a miss. The entry point is
 * always {@code main}.
 */
public interface KernelSource {
    String ENTRY_POINT = "main";

    String key();

    String wgsl();
}
