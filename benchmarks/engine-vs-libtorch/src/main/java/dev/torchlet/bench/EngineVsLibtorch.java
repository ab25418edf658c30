package dev.torchlet.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Torchlet's engine beside libtorch (through DJL) on the same float32 work, in one run: a 1024³
 * matmul, an element-wise add and a sum over 10M elements, a 1000×1000 transpose + contiguous.
 * Medians after warm-up; libtorch on one thread (Torchlet's engine is single-threaded) and on all.
 */
public final class EngineVsLibtorch {
    private EngineVsLibtorch() {
    }

    private record Workload(String name, int runs, Supplier<Object> torchlet, Supplier<Object> libtorch) {
    }

    public static void main(String[] args) {
        int threads = Runtime.getRuntime().availableProcessors();
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Tensor a = Torch.rand(new long[] {1024, 1024}, DType.FLOAT32);
            Tensor b = Torch.rand(new long[] {1024, 1024}, DType.FLOAT32);
            Tensor big1 = Torch.rand(new long[] {10_000_000}, DType.FLOAT32);
            Tensor big2 = Torch.rand(new long[] {10_000_000}, DType.FLOAT32);
            Tensor square = Torch.rand(new long[] {1000, 1000}, DType.FLOAT32);
            NDArray da = manager.randomUniform(0, 1, new Shape(1024, 1024));
            NDArray db = manager.randomUniform(0, 1, new Shape(1024, 1024));
            NDArray dbig1 = manager.randomUniform(0, 1, new Shape(10_000_000));
            NDArray dbig2 = manager.randomUniform(0, 1, new Shape(10_000_000));
            NDArray dsquare = manager.randomUniform(0, 1, new Shape(1000, 1000));
            List<Workload> workloads = List.of(
                    new Workload("matmul 1024^3", 3, () -> a.matmul(b), () -> close(da.matMul(db))),
                    new Workload("add 10M", 7, () -> big1.add(big2), () -> close(dbig1.add(dbig2))),
                    new Workload("sum 10M", 7, () -> big1.sum(), () -> close(dbig1.sum())),
                    new Workload("transpose+contiguous 1000x1000", 7, () -> square.t().contiguous(),
                            () -> close(dsquare.transpose().duplicate())));
            System.out.printf("%-32s %14s %18s %18s%n", "workload (float32)", "Torchlet ms", "libtorch 1 thr ms",
                    "libtorch " + threads + " thr ms");
            for (Workload w : workloads) {
                double ours = median(w.runs(), w.torchlet());
                JniUtils.setNumThreads(1);
                double one = median(w.runs(), w.libtorch());
                JniUtils.setNumThreads(threads);
                double all = median(w.runs(), w.libtorch());
                System.out.printf("%-32s %14.2f %18.2f %18.2f%n", w.name(), ours, one, all);
            }
            System.out.println("JVM " + System.getProperty("java.version") + ", libtorch " + ai.djl.engine.Engine.getEngine("PyTorch").getVersion()
                    + " through DJL, " + threads + " cores");
        }
    }

    /** Frees a DJL result at once (the benchmark measures compute, not native memory growth). */
    private static Object close(NDArray result) {
        result.toByteBuffer(); // forces the computation to finish before the clock stops
        result.close();
        return null;
    }

    private static double median(int runs, Supplier<Object> work) {
        for (int i = 0; i < 2; i++) {
            work.get(); // warm-up: JIT and allocator
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
