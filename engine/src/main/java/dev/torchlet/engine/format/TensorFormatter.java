package dev.torchlet.engine.format;

import dev.torchlet.engine.DType;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch's {@code str(tensor)}: {@code tensor(} + the nested, aligned, possibly summarised
 * elements + the suffixes ({@code device=}, {@code size=}, {@code dtype=}, {@code grad_fn=} or
 * {@code requires_grad=True}) wrapped at the line width + {@code )}.
 */
public final class TensorFormatter {
    private static final String PREFIX = "tensor(";
    private static DType defaultDtype = DType.FLOAT32;

    private TensorFormatter() {
    }

    /** The engine tells printing when {@code torch.set_default_dtype} changes which dtype goes unmentioned. */
    public static void setDefaultDtype(DType dtype) {
        defaultDtype = dtype;
    }

    public static String format(PrintableTensor t) {
        long[] shape = t.shape();
        long numel = 1;
        for (long size : shape) {
            numel *= size;
        }
        int indent = PREFIX.length();
        List<String> suffixes = new ArrayList<>();
        if (t.deviceSuffix() != null) {
            suffixes.add("device='" + t.deviceSuffix() + "'");
        }
        String body;
        if (numel == 0) {
            if (shape.length != 1) {
                suffixes.add("size=" + SizeText.tuple(shape));
            }
            if (t.dtype() != defaultDtype) {
                suffixes.add("dtype=" + t.dtype().repr());
            }
            body = "[]";
        } else {
            if (t.dtype() != defaultDtype && t.dtype() != DType.INT64 && t.dtype() != DType.BOOL) {
                suffixes.add("dtype=" + t.dtype().repr());
            }
            boolean summarize = numel > PrintOptions.threshold();
            long[] strides = contiguousStrides(shape);
            List<Long> sample = new ArrayList<>();
            collectSample(shape, strides, 0, 0, summarize, sample);
            long[] sampleIndices = new long[sample.size()];
            for (int i = 0; i < sampleIndices.length; i++) {
                sampleIndices[i] = sample.get(i);
            }
            ElementFormatter formatter = new ElementFormatter(t, sampleIndices);
            body = nested(t, formatter, shape, strides, 0, 0, indent, summarize);
        }
        if (t.gradFnName() != null) {
            suffixes.add("grad_fn=<" + t.gradFnName() + ">");
        } else if (t.requiresGrad()) {
            suffixes.add("requires_grad=True");
        }
        return addSuffixes(PREFIX + body, suffixes, indent);
    }

    private static long[] contiguousStrides(long[] shape) {
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    /** Indices along one dimension that printing shows: all, or the edge items around a gap (-1). */
    private static long[] shownIndices(long size, boolean summarize) {
        int edge = PrintOptions.edgeItems();
        if (!summarize || size <= 2L * edge) {
            long[] all = new long[(int) size];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        long[] shown = new long[2 * edge + 1];
        for (int i = 0; i < edge; i++) {
            shown[i] = i;
            shown[edge + 1 + i] = size - edge + i;
        }
        shown[edge] = -1;
        return shown;
    }

    /** The elements the formatter measures: those that will be shown (PyTorch's summarised data). */
    private static void collectSample(long[] shape, long[] strides, int dim, long base, boolean summarize, List<Long> out) {
        if (dim == shape.length) {
            out.add(base);
            return;
        }
        for (long i : shownIndices(shape[dim], summarize)) {
            if (i >= 0) {
                collectSample(shape, strides, dim + 1, base + i * strides[dim], summarize, out);
            }
        }
    }

    private static String nested(PrintableTensor t, ElementFormatter formatter, long[] shape, long[] strides,
                                 int dim, long base, int indent, boolean summarize) {
        int rank = shape.length;
        if (rank == 0) {
            return formatter.format(t, 0);
        }
        if (dim == rank - 1) {
            return vector(t, formatter, shape[dim], strides[dim], base, indent, summarize);
        }
        List<String> slices = new ArrayList<>();
        for (long i : shownIndices(shape[dim], summarize)) {
            slices.add(i < 0 ? "..." : nested(t, formatter, shape, strides, dim + 1, base + i * strides[dim], indent + 1, summarize));
        }
        String separator = "," + "\n".repeat(rank - dim - 1) + " ".repeat(indent + 1);
        return "[" + String.join(separator, slices) + "]";
    }

    private static String vector(PrintableTensor t, ElementFormatter formatter, long size, long stride, long base,
                                 int indent, boolean summarize) {
        int elementLength = formatter.width() + 2;
        int perLine = Math.max(1, (PrintOptions.lineWidth() - indent) / elementLength);
        List<String> data = new ArrayList<>();
        for (long i : shownIndices(size, summarize)) {
            data.add(i < 0 ? " ..." : formatter.format(t, base + i * stride));
        }
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < data.size(); start += perLine) {
            lines.add(String.join(", ", data.subList(start, Math.min(data.size(), start + perLine))));
        }
        return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
    }

    private static String addSuffixes(String tensorText, List<String> suffixes, int indent) {
        StringBuilder sb = new StringBuilder(tensorText);
        int lastLineLength = tensorText.length() - tensorText.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLineLength + suffix.length() + 2 > PrintOptions.lineWidth()) {
                sb.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLength = indent + suffix.length();
            } else {
                sb.append(", ").append(suffix);
                lastLineLength += suffix.length() + 2;
            }
        }
        return sb.append(')').toString();
    }
}
