package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.nn.AveragePooling;
import dev.torchlet.engine.nn.Pooling1d;
import dev.torchlet.engine.nn.Upsampling;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;

/**
 * {@code F.interpolate}'s argument handling (a Python function in PyTorch, with its ValueErrors and
 * NotImplementedErrors), dispatching to the engine's upsampling (nearest, nearest-exact, linear, bilinear) and, for
 * 'area', adaptive average pooling.
 */
final class InterpolateFunction {
    private InterpolateFunction() {
    }

    static Tensor interpolate(Params p) {
        return interpolate(p, p.has("mode") ? p.get("mode").str() : "nearest", p.has("align_corners") ? p.flag("align_corners", false) : null);
    }

    /** The deprecated F.upsample_nearest / F.upsample_bilinear: interpolate with a fixed mode (bilinear with aligned corners). */
    static Tensor interpolate(Params p, String mode, Boolean alignCornersGiven) {
        Tensor input = p.tensor("input");
        boolean alignCorners = alignCornersGiven != null && alignCornersGiven;
        if (mode.equals("nearest") || mode.equals("area") || mode.equals("nearest-exact")) {
            if (alignCornersGiven != null) {
                throw PythonException.of("ValueError", "align_corners option can only be set with the interpolating modes: "
                        + "linear | bilinear | bicubic | trilinear");
            }
        }
        int spatial = Math.max(input.dim() - 2, 0);
        long[] size = null;
        double[] scales = null;
        if (p.has("size") && p.has("scale_factor")) {
            throw PythonException.of("ValueError", "only one of size or scale_factor should be defined");
        } else if (p.has("size")) {
            size = perDimension(p.get("size"), spatial, input);
        } else if (p.has("scale_factor")) {
            scales = numbers(p.get("scale_factor"), spatial, input);
        } else {
            throw PythonException.of("ValueError", "either size or scale_factor should be defined");
        }
        if (p.flag("recompute_scale_factor", false)) {
            if (p.has("size")) {
                throw PythonException.of("ValueError", "recompute_scale_factor is not meaningful with an explicit size.");
            }
            size = outputSizeOf(input, scales);
            scales = null;
        }
        if (p.flag("antialias", false)) {
            throw PythonException.of("NotImplementedError", "interpolate(antialias=True) is not supported by Torchlet yet");
        }
        int dims = input.dim();
        if (mode.equals("nearest") && (dims == 3 || dims == 4)) {
            return Upsampling.nearest(input, size, scales);
        }
        if (mode.equals("nearest-exact") && (dims == 3 || dims == 4)) {
            return Upsampling.nearestExact(input, size, scales);
        }
        if (mode.equals("linear") && dims == 3) {
            return Upsampling.linear(input, size, alignCorners, scales);
        }
        if (mode.equals("bilinear") && dims == 4) {
            return Upsampling.bilinear(input, size, alignCorners, scales);
        }
        if (mode.equals("area") && (dims == 3 || dims == 4)) {
            // area is adaptive average pooling to the output size (a scale factor always recomputes the size).
            long[] area = size != null ? size : outputSizeOf(input, scales);
            return dims == 3 ? Pooling1d.adaptiveAvgPool1d(input, (int) area[0])
                    : AveragePooling.adaptiveAvgPool2d(input, (int) area[0], (int) area[1]);
        }
        int needed = switch (mode) {
            case "linear" -> 3;
            case "bilinear" -> 4;
            case "trilinear" -> 5;
            default -> 0;
        };
        if (needed != 0 && dims >= 3 && dims <= 5 && dims != needed) {
            throw PythonException.of("NotImplementedError", "Got " + dims + "D input, but " + mode + " mode needs " + needed + "D input");
        }
        boolean known = List.of("nearest", "linear", "bilinear", "bicubic", "trilinear", "area", "nearest-exact").contains(mode);
        if (known && dims >= 3 && dims <= 5) {
            throw PythonException.of("NotImplementedError", "interpolate(mode='" + mode + "') on " + dims
                    + "-D input is not supported by Torchlet yet");
        }
        throw PythonException.of("NotImplementedError", "Input Error: Only 3D, 4D and 5D input Tensors supported (got " + dims
                + "D) for the modes: nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact (got " + mode + ")");
    }

    /** floor(size × scale) for each spatial dimension, as Python computes it. */
    private static long[] outputSizeOf(Tensor input, double[] scales) {
        long[] sizes = new long[scales.length];
        for (int d = 0; d < scales.length; d++) {
            sizes[d] = (long) Math.floor(input.size(2 + d) * scales[d]);
        }
        return sizes;
    }

    /** An int for every spatial dimension, or a list/tuple of one per dimension (PyTorch's ValueError otherwise). */
    private static long[] perDimension(PyObject value, int spatial, Tensor input) {
        long[] sizes = new long[spatial];
        if (value instanceof PySequence seq) {
            if (seq.items().size() != spatial) {
                throw PythonException.of("ValueError", "Input and output must have the same number of spatial dimensions, but got input "
                        + "with spatial dimensions of " + spatialText(input) + " and output size of " + value.str() + ". Please provide "
                        + "input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.");
            }
            for (int d = 0; d < spatial; d++) {
                sizes[d] = integer(seq.items().get(d));
            }
        } else {
            java.util.Arrays.fill(sizes, integer(value));
        }
        return sizes;
    }

    private static double[] numbers(PyObject value, int spatial, Tensor input) {
        double[] factors = new double[spatial];
        if (value instanceof PySequence seq) {
            if (seq.items().size() != spatial) {
                throw PythonException.of("ValueError", "Input and scale_factor must have the same number of spatial dimensions, but got "
                        + "input with spatial dimensions of " + spatialText(input) + " and scale_factor of shape " + value.str()
                        + ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) format.");
            }
            for (int d = 0; d < spatial; d++) {
                factors[d] = number(seq.items().get(d));
            }
        } else {
            java.util.Arrays.fill(factors, number(value));
        }
        return factors;
    }

    private static String spatialText(Tensor input) {
        StringBuilder text = new StringBuilder("[");
        for (int d = 2; d < input.dim(); d++) {
            text.append(d == 2 ? "" : ", ").append(input.size(d));
        }
        return text.append("]").toString();
    }

    private static long integer(PyObject value) {
        if (value instanceof PyInt i && !(value instanceof PyBool)) {
            return i.value();
        }
        throw PythonException.of("TypeError", "interpolate(): size must be int or a tuple of ints, not " + value.typeName());
    }

    private static double number(PyObject value) {
        if (value instanceof PyFloat f) {
            return f.value();
        }
        if (value instanceof PyInt i) {
            return i.toDouble();
        }
        throw PythonException.of("TypeError", "interpolate(): scale_factor must be a number or a tuple of numbers, not "
                + value.typeName());
    }
}
