package dev.torchlet.gpu;

/**
 * One compute dispatch, backend-neutral. The bind group is group 0: bindings {@code 0..buffers-1}
 * are the data buffers in the order the planner documents (inputs, then the output), binding
 * {@code buffers} is a read-only storage buffer of u32 {@link #params()} (shapes, strides,
 * offsets in elements). Each data buffer is bound whole; offsets are in the params.
 */
public record KernelLaunch(KernelSource source, int buffers, int[] params, int groupsX, int groupsY, int groupsZ) {

    public KernelLaunch {
        params = params.clone();
    }

    /** Grid for a 1-D count of workgroups: WebGPU caps each dimension at 65535, so larger counts wrap into y. */
    static KernelLaunch linear(KernelSource source, int buffers, int[] params, int groups, int groupsZ) {
        int x = Math.min(groups, MAX_GROUPS_PER_DIMENSION);
        int y = groups == 0 ? 1 : (groups + x - 1) / x;
        if (y > MAX_GROUPS_PER_DIMENSION) {
            throw new IllegalArgumentException("too many workgroups for one dispatch: " + groups);
        }
        return new KernelLaunch(source, buffers, params, Math.max(x, 1), y, groupsZ);
    }

    static final int MAX_GROUPS_PER_DIMENSION = 65535;
}
