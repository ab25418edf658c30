package dev.torchlet.gpu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs planned {@link KernelLaunch}es on WebGPU outside the browser: writes them as a jobs file,
 * runs {@code src/test/node/run-kernels.mjs} (Dawn for Node on the Vulkan driver that
 * VK_ICD_FILENAMES names, Chromium's SwiftShader here) once for all jobs, and parses its results.
 */
final class DawnRunner {
    private static final Path SCRIPT = Path.of("src/test/node/run-kernels.mjs");

    /** Buffers, launches over them, and which buffers to read back. */
    static final class Job {
        final String name;
        final List<String> buffers = new ArrayList<>();
        final List<String> launches = new ArrayList<>();
        final List<Integer> reads = new ArrayList<>();
        final Map<String, String> shaders = new LinkedHashMap<>();
        int repeat = 1;
        String baseline;

        Job(String name) {
            this.name = name;
        }

        int input(GpuDType dtype, int[] words) {
            ByteBuffer bytes = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int word : words) {
                bytes.putInt(word);
            }
            buffers.add("{\"type\":\"" + dtype.storageType() + "\",\"data\":\""
                    + Base64.getEncoder().encodeToString(bytes.array()) + "\"}");
            return buffers.size() - 1;
        }

        int input(float[] values) {
            int[] words = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                words[i] = Float.floatToRawIntBits(values[i]);
            }
            return input(GpuDType.FLOAT32, words);
        }

        int output(GpuDType dtype, int elements) {
            buffers.add("{\"type\":\"" + dtype.storageType() + "\",\"elements\":" + elements + "}");
            return buffers.size() - 1;
        }

        Job launch(KernelLaunch launch, int... bind) {
            if (bind.length != launch.buffers()) {
                throw new IllegalArgumentException("launch binds " + launch.buffers() + " buffers");
            }
            KernelSource source = launch.source();
            shaders.putIfAbsent(source.key(), source.wgsl());
            StringBuilder s = new StringBuilder("{\"shader\":").append(quote(source.key())).append(",\"bind\":");
            appendArray(s, bind);
            s.append(",\"params\":");
            appendArray(s, launch.params());
            s.append(",\"groups\":[").append(launch.groupsX()).append(',').append(launch.groupsY()).append(',')
                    .append(launch.groupsZ()).append("]}");
            launches.add(s.toString());
            return this;
        }

        Job read(int buffer) {
            reads.add(buffer);
            return this;
        }
    }

    /** What came back for one job. */
    record Result(Map<Integer, byte[]> reads, List<String> errors, double gpuMs, double baselineMs) {
        float[] floats(int buffer) {
            ByteBuffer bytes = ByteBuffer.wrap(reads.get(buffer)).order(ByteOrder.LITTLE_ENDIAN);
            float[] values = new float[bytes.remaining() / 4];
            bytes.asFloatBuffer().get(values);
            return values;
        }

        int[] words(int buffer) {
            ByteBuffer bytes = ByteBuffer.wrap(reads.get(buffer)).order(ByteOrder.LITTLE_ENDIAN);
            int[] values = new int[bytes.remaining() / 4];
            bytes.asIntBuffer().get(values);
            return values;
        }
    }

    private DawnRunner() {
    }

    static Map<String, Result> run(List<Job> jobs, Path workDir) throws IOException, InterruptedException {
        String icd = System.getenv("VK_ICD_FILENAMES");
        if (icd == null || !Files.isReadable(Path.of(icd))) {
            throw new IllegalStateException("VK_ICD_FILENAMES must name a Vulkan driver; the kernel tests use Chromium's"
                    + " SwiftShader (/usr/lib/chromium/vk_swiftshader_icd.json, from Debian's 'chromium' package,"
                    + " which ./torchlet test installs), got " + icd);
        }
        Files.createDirectories(workDir);
        Path jobsFile = workDir.resolve("jobs.json");
        Path resultsFile = workDir.resolve("results.tsv");
        Files.writeString(jobsFile, jobsJson(jobs), StandardCharsets.UTF_8);
        Files.deleteIfExists(resultsFile);
        Process node = new ProcessBuilder("node", SCRIPT.toString(), jobsFile.toString(), resultsFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("node-output.txt").toFile())
                .start();
        if (!node.waitFor(300, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new IllegalStateException("the kernel runner did not finish in 300 s");
        }
        if (node.exitValue() != 0 || !Files.exists(resultsFile)) {
            throw new IllegalStateException("the kernel runner failed (exit " + node.exitValue() + "):\n"
                    + Files.readString(workDir.resolve("node-output.txt")));
        }
        return parse(Files.readAllLines(resultsFile, StandardCharsets.UTF_8), jobs);
    }

    private static Map<String, Result> parse(List<String> lines, List<Job> jobs) {
        Map<String, Result> results = new LinkedHashMap<>();
        for (Job job : jobs) {
            results.put(job.name, new Result(new LinkedHashMap<>(), new ArrayList<>(), Double.NaN, Double.NaN));
        }
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t");
            Result result = results.get(fields[0]);
            switch (fields[1]) {
                case "read" -> result.reads().put(Integer.parseInt(fields[2]), Base64.getDecoder().decode(fields[3]));
                case "error" -> result.errors().add(fields[2]);
                case "ms" -> results.put(fields[0], new Result(result.reads(), result.errors(), Double.parseDouble(fields[2]), result.baselineMs()));
                case "baseline-ms" -> results.put(fields[0], new Result(result.reads(), result.errors(), result.gpuMs(), Double.parseDouble(fields[2])));
                default -> throw new IllegalStateException("unexpected result line: " + line);
            }
        }
        return results;
    }

    private static String jobsJson(List<Job> jobs) {
        Map<String, String> shaders = new LinkedHashMap<>();
        for (Job job : jobs) {
            shaders.putAll(job.shaders);
        }
        StringBuilder s = new StringBuilder("{\"shaders\":{");
        boolean first = true;
        for (Map.Entry<String, String> shader : shaders.entrySet()) {
            s.append(first ? "" : ",").append(quote(shader.getKey())).append(':').append(quote(shader.getValue()));
            first = false;
        }
        s.append("},\"jobs\":[");
        for (int j = 0; j < jobs.size(); j++) {
            Job job = jobs.get(j);
            s.append(j == 0 ? "" : ",").append("{\"name\":").append(quote(job.name))
                    .append(",\"buffers\":[").append(String.join(",", job.buffers))
                    .append("],\"launches\":[").append(String.join(",", job.launches))
                    .append("],\"read\":").append(job.reads)
                    .append(",\"repeat\":").append(job.repeat);
            if (job.baseline != null) {
                s.append(",\"baseline\":").append(job.baseline);
            }
            s.append('}');
        }
        return s.append("]}").toString();
    }

    private static void appendArray(StringBuilder s, int[] values) {
        s.append('[');
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ",").append(Integer.toUnsignedString(values[i]));
        }
        s.append(']');
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
