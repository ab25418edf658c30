package dev.torchlet.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The indexing kernels on WebGPU (Dawn on SwiftShader) against plain loops: take at offsets (zero
 * for negative positions), and
 * put with repeated positions (summed in program order with accumulate, the last value without).
 */
class PositionKernelsOnDawnTest {
    @Test
    void takeAndPutMoveExactlyWhatThePlanSays() throws Exception {
        // take: 600 floats (more than one workgroup) picked from a buffer viewed at offset 3, out at offset 2;
        // every seventh position is negative (a window's padding) and gives zero.
        int n = 600;
        float[] source = new float[1000];
        for (int i = 0; i < source.length; i++) {
            source[i] = i * 0.5f - 7;
        }
        int[] positions = new int[n + 1];
        for (int i = 0; i < n; i++) {
            positions[i + 1] = i % 7 == 3 ? -1 - i : (i * 37) % 990;
        }
        DawnRunner.Job take = new DawnRunner.Job("take");
        int in = take.input(source);
        int pos = take.input(GpuDType.INT32, positions);
        int out = take.output(GpuDType.FLOAT32, n + 2);
        take.launch(PositionKernels.take(new TensorLayout(new int[] {997}, new int[] {1}, 3, GpuDType.FLOAT32),
                new TensorLayout(new int[] {n}, new int[] {1}, 1, GpuDType.INT32),
                new TensorLayout(new int[] {n}, new int[] {1}, 2, GpuDType.FLOAT32)), in, pos, out).read(out);

        // put: targets 4, 1, 4, 0, 4 of an int32 buffer of 6 (buffer 4 of its job), grouped as the engine groups them.
        int[] values = {10, 20, 30, 40, 50};
        int[] distinct = {0, 1, 4};
        int[] starts = {0, 1, 2, 5};
        int[] order = {3, 1, 0, 2, 4};
        int[] initial = {1, 1, 1, 1, 1, 1};
        DawnRunner.Job add = putJob("put accumulate", initial, distinct, starts, order, values, true);
        DawnRunner.Job assign = putJob("put assign", initial, distinct, starts, order, values, false);

        Map<String, DawnRunner.Result> results = DawnRunner.run(List.of(take, add, assign), Path.of("target/dawn-positions"));
        for (DawnRunner.Result result : results.values()) {
            assertEquals(List.of(), result.errors());
        }
        float[] taken = results.get("take").floats(out);
        for (int i = 0; i < n; i++) {
            assertEquals(positions[i + 1] < 0 ? 0f : source[3 + positions[i + 1]], taken[i + 2], "element " + i);
        }
        assertArrayEquals(new int[] {41, 21, 1, 1, 91, 1}, results.get("put accumulate").words(4));
        assertArrayEquals(new int[] {40, 20, 1, 1, 50, 1}, results.get("put assign").words(4));
    }

    private static DawnRunner.Job putJob(String name, int[] initial, int[] distinct, int[] starts, int[] order, int[] values,
            boolean accumulate) {
        DawnRunner.Job job = new DawnRunner.Job(name);
        int t = job.input(GpuDType.INT32, distinct);
        int s = job.input(GpuDType.INT32, starts);
        int o = job.input(GpuDType.INT32, order);
        int v = job.input(GpuDType.INT32, values);
        int target = job.input(GpuDType.INT32, initial);
        job.launch(PositionKernels.put(TensorLayout.contiguous(GpuDType.INT32, initial.length),
                TensorLayout.contiguous(GpuDType.INT32, distinct.length), TensorLayout.contiguous(GpuDType.INT32, starts.length),
                TensorLayout.contiguous(GpuDType.INT32, order.length), TensorLayout.contiguous(GpuDType.INT32, values.length),
                accumulate), t, s, o, v, target).read(target);
        return job;
    }
}
