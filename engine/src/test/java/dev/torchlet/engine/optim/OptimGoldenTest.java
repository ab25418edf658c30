package dev.torchlet.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.GoldenFile;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimizer and scheduler against PyTorch 1.13 (goldens/optim.txt from
 * src/test/python/optim_goldens.py): parameters after each step bit for bit, the final state, the
 * repr, and the learning-rate sequences.
 */
class OptimGoldenTest {
    private static final String GOLDEN = "/goldens/optim.txt";

    static Stream<Arguments> optimizerCases() {
        return GoldenFile.cases(GOLDEN).filter(a -> ((String) a.get()[0]).startsWith("optim "));
    }

    static Stream<Arguments> schedulerCases() {
        return GoldenFile.cases(GOLDEN).filter(a -> ((String) a.get()[0]).startsWith("sched "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizerCases")
    void optimizerMatchesPyTorch(String name, String body) {
        String[] lines = body.split("\n");
        String optimizerName = name.split(" ")[1];
        Map<String, Object> options = null;
        List<Map<String, Object>> extraGroups = new ArrayList<>();
        List<Tensor> params = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        Optimizer optimizer = null;
        int line = 0;
        for (; line < lines.length && !lines[line].equals("repr"); line++) {
            String[] words = lines[line].split(" ");
            switch (words[0]) {
                case "options" -> options = parseOptions(words);
                case "group" -> extraGroups.add(parseOptions(words));
                case "param" -> {
                    DType dtype = words[2].equals("float64") ? DType.FLOAT64 : DType.FLOAT32;
                    Tensor p = TensorValues.create(values(words, 4), new long[] {Long.parseLong(words[3])}, dtype);
                    p.requiresGrad_(true);
                    params.add(p);
                    groupOf.add(Integer.parseInt(words[1]));
                }
                case "grad" -> {
                    if (optimizer == null) {
                        optimizer = build(optimizerName, params, options, extraGroups);
                    }
                    Tensor p = params.get(Integer.parseInt(words[1]));
                    p.setGrad(TensorValues.create(values(words, 2), p.shape(), p.dtype()));
                    if (Integer.parseInt(words[1]) == params.size() - 1) {
                        optimizer.step();
                    }
                }
                case "after" -> assertEquals(lines[line].substring(lines[line].indexOf(' ', 6) + 1),
                        hexes(params.get(Integer.parseInt(words[1]))), name + ": " + lines[line].substring(0, 7));
                case "state" -> {
                    Object actual = optimizer.state(params.get(Integer.parseInt(words[1]))).get(words[2]);
                    String expected = lines[line].substring(lines[line].indexOf(words[2]) + words[2].length() + 1);
                    if (words[3].equals("=")) {
                        assertEquals(expected.substring(2), PythonText.str(actual), name + ": state " + words[2]);
                    } else {
                        assertEquals(expected, hexes((Tensor) actual), name + ": state " + words[2]);
                    }
                }
                default -> throw new IllegalStateException("unknown golden line " + lines[line]);
            }
        }
        StringBuilder repr = new StringBuilder();
        for (line++; line < lines.length; line++) {
            repr.append(repr.length() > 0 ? "\n" : "").append(lines[line]);
        }
        assertEquals(repr.toString(), optimizer.toString(), name + ": repr");
    }

    private static Optimizer build(String name, List<Tensor> params, Map<String, Object> options, List<Map<String, Object>> extraGroups) {
        List<Object> arg = new ArrayList<>();
        if (extraGroups.isEmpty()) {
            arg.addAll(params);
        } else {
            Map<String, Object> first = new LinkedHashMap<>();
            first.put("params", List.of(params.get(0)));
            arg.add(first);
            for (Map<String, Object> g : extraGroups) {
                Map<String, Object> group = new LinkedHashMap<>(g);
                group.put("params", List.of(params.get(1)));
                arg.add(group);
            }
        }
        return switch (name) {
            case "SGD" -> new SGD(arg, options);
            case "Adam" -> new Adam(arg, options);
            case "AdamW" -> new AdamW(arg, options);
            case "RMSprop" -> new RMSprop(arg, options);
            case "Adagrad" -> new Adagrad(arg, options);
            default -> throw new IllegalStateException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedulerCases")
    void schedulerMatchesPyTorch(String name, String body) {
        String[] lines = body.split("\n");
        String schedulerName = name.split(" ")[1];
        Map<String, Object> options = parseOptions(lines[0].split(" "));
        String[] optimizerWords = lines[1].split(" ");
        Map<String, Object> optimizerOptions = parseOptions(java.util.Arrays.copyOfRange(optimizerWords, 1, optimizerWords.length));
        Tensor w = TensorValues.create(new double[2], new long[] {2}, DType.FLOAT32);
        w.requiresGrad_(true);
        w.setGrad(TensorValues.create(new double[2], new long[] {2}, DType.FLOAT32));
        Optimizer optimizer = optimizerWords[1].equals("Adam") ? new Adam(List.of(w), optimizerOptions) : new SGD(List.of(w), optimizerOptions);
        if (schedulerName.equals("ReduceLROnPlateau")) {
            double[] metrics = values(lines[2].split(" "), 1);
            ReduceLROnPlateau plateau = new ReduceLROnPlateau(optimizer, (String) options.getOrDefault("mode", "min"),
                    number(options, "factor", 0.1), (long) number(options, "patience", 10), number(options, "threshold", 1e-4),
                    (String) options.getOrDefault("threshold_mode", "rel"), (long) number(options, "cooldown", 0),
                    new double[] {number(options, "min_lr", 0)}, 1e-8);
            for (int i = 0; i < metrics.length; i++) {
                optimizer.step();
                plateau.step(metrics[i]);
                assertEquals(lines[3 + i], "lr " + (i + 1) + " " + Double.toHexString(optimizer.paramGroups().get(0).lr()).replace("0x1.", "0x1.")
                        .transform(OptimGoldenTest::pythonHex), name + " epoch " + (i + 1));
            }
            return;
        }
        LRScheduler scheduler = switch (schedulerName) {
            case "StepLR" -> new StepLR(optimizer, (long) number(options, "step_size", 0), number(options, "gamma", 0.1), -1);
            case "MultiStepLR" -> {
                List<Long> milestones = new ArrayList<>();
                for (Object m : (List<?>) options.get("milestones")) {
                    milestones.add((Long) m);
                }
                yield new MultiStepLR(optimizer, milestones, number(options, "gamma", 0.1), -1);
            }
            case "ExponentialLR" -> new ExponentialLR(optimizer, number(options, "gamma", 0), -1);
            case "CosineAnnealingLR" -> new CosineAnnealingLR(optimizer, number(options, "T_max", 0), number(options, "eta_min", 0), -1);
            case "LambdaLR" -> new LambdaLR(optimizer, List.of(epoch -> Math.pow(0.95, epoch)), -1);
            case "OneCycleLR" -> new OneCycleLR(optimizer, new double[] {number(options, "max_lr", 0)}, (long) number(options, "total_steps", 0),
                    new OneCycleLR.Settings(number(options, "pct_start", 0.3), !"linear".equals(options.get("anneal_strategy")), true,
                            0.85, 0.95, 25.0, 1e4, Boolean.TRUE.equals(options.get("three_phase"))), -1);
            default -> throw new IllegalStateException(schedulerName);
        };
        for (int line = 2; line < lines.length; line++) {
            if (line > 2) {
                optimizer.step();
                scheduler.step();
            }
            StringBuilder actual = new StringBuilder("lr " + (line - 2) + " " + pythonHex(Double.toHexString(((Number) scheduler.getLastLr().get(0)).doubleValue())));
            if (lines[line].contains("momentum")) {
                ParamGroup g = optimizer.paramGroups().get(0);
                double momentum = g.options().containsKey("betas") ? g.number("betas", 0) : g.number("momentum");
                actual.append(" momentum ").append(pythonHex(Double.toHexString(momentum)));
            }
            assertEquals(lines[line], actual.toString(), name);
        }
    }

    private static double number(Map<String, Object> options, String key, double fallback) {
        Object v = options.get(key);
        return v == null ? fallback : ((Number) v).doubleValue();
    }

    private static Map<String, Object> parseOptions(String[] words) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            String value = words[i].substring(eq + 1);
            options.put(words[i].substring(0, eq), value.contains(",") ? tuple(value) : parseValue(value));
        }
        return options;
    }

    private static List<Object> tuple(String text) {
        List<Object> items = new ArrayList<>();
        for (String item : text.split(",")) {
            items.add(parseValue(item));
        }
        return items;
    }

    private static Object parseValue(String text) {
        return switch (text) {
            case "True" -> true;
            case "False" -> false;
            case "None" -> null;
            default -> text.contains("0x") ? (Object) Double.parseDouble(text)
                    : text.matches("-?[0-9]+") ? (Object) Long.parseLong(text) : text;
        };
    }

    private static double[] values(String[] words, int from) {
        double[] v = new double[words.length - from];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(words[from + i]);
        }
        return v;
    }

    private static String hexes(Tensor t) {
        StringBuilder text = new StringBuilder();
        for (double v : TensorValues.read(t)) {
            text.append(text.length() > 0 ? " " : "").append(pythonHex(Double.toHexString(v)));
        }
        return text.toString();
    }

    /** Java's 0x1.8p1 as Python's float.hex: 0x1.8000000000000p+1. */
    static String pythonHex(String java) {
        if (java.equals("0.0") || java.equals("-0.0") || java.equals("0x0.0p0") || java.equals("-0x0.0p0")) {
            return java.startsWith("-") ? "-0x0.0p+0" : "0x0.0p+0";
        }
        int p = java.indexOf('p');
        int dot = java.indexOf('.');
        String mantissa = java.substring(dot + 1, p);
        StringBuilder padded = new StringBuilder(mantissa);
        while (padded.length() < 13) {
            padded.append('0');
        }
        String exponent = java.substring(p + 1);
        return java.substring(0, dot + 1) + padded + "p" + (exponent.startsWith("-") ? exponent : "+" + exponent);
    }
}
