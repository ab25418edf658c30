package dev.torchlet.python.modules.vision;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Float32;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The Java helpers {@code torchvision} (written in Python, {@link VisionSource}) reads data files and resizes images with. */
public final class VisionNatives {
    /** Decompressed IDX files, kept for the program's life: a second dataset object does not inflate them again. */
    private static final Map<String, byte[]> IDX_FILES = new HashMap<>();

    private VisionNatives() {
    }

    public static Map<String, PyObject> create() {
        Map<String, PyObject> natives = new LinkedHashMap<>();
        natives.put("_read_idx", new NativeFunction("_read_idx", (args, kwargs) -> new PyTensor(readIdx(string(args, 0)))));
        natives.put("_pil_resize", new NativeFunction("_pil_resize", (args, kwargs) -> resize(args)));
        natives.put("_to_float_image", new NativeFunction("_to_float_image", (args, kwargs) -> toFloatImage(((PyTensor) args.get(0)).tensor())));
        natives.put("_normalize", new NativeFunction("_normalize", (args, kwargs) -> normalize(args)));
        natives.put("_module", new NativeFunction("_module", (args, kwargs) -> {
            Map<String, PyObject> namespace = new LinkedHashMap<>();
            PyDict names = (PyDict) args.get(1);
            for (PyObject key : names.keys()) {
                namespace.put(((PyStr) key).value(), names.get(key));
            }
            return new PyModule(string(args, 0), namespace);
        }));
        return natives;
    }

    private static String string(List<PyObject> args, int position) {
        if (!(args.get(position) instanceof PyStr text)) {
            throw PythonException.of("TypeError", "expected str, not " + args.get(position).typeName());
        }
        return text.value();
    }

    private static int integer(List<PyObject> args, int position) {
        if (!(args.get(position) instanceof PyInt value)) {
            throw PythonException.of("TypeError", "expected int, not " + args.get(position).typeName());
        }
        return (int) value.value();
    }

    /** An IDX file (big-endian magic 0x0000 08 NDIM, NDIM big-endian sizes, then uint8 data) as a uint8 tensor. */
    static Tensor readIdx(String path) {
        byte[] bytes = IDX_FILES.get(path);
        if (bytes == null) {
            byte[] gz = DatasetFiles.read(path);
            if (gz == null) {
                throw PythonException.of("RuntimeError", "Dataset not found: this Torchlet runtime has no bundled file " + path);
            }
            bytes = gunzip(gz, path);
            IDX_FILES.put(path, bytes);
        }
        if (bytes.length < 4 || bytes[0] != 0 || bytes[1] != 0 || bytes[2] != 8) {
            throw PythonException.of("RuntimeError", path + " is not an IDX file of unsigned bytes");
        }
        int dims = bytes[3];
        long[] shape = new long[dims];
        long count = 1;
        for (int d = 0; d < dims; d++) {
            int at = 4 + 4 * d;
            shape[d] = ((bytes[at] & 0xFFL) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            count *= shape[d];
        }
        int offset = 4 + 4 * dims;
        if (bytes.length - offset != count) {
            throw PythonException.of("RuntimeError", path + " holds " + (bytes.length - offset) + " bytes of data, its header says " + count);
        }
        return TensorValues.unsignedBytes(bytes, offset, shape);
    }

    private static byte[] gunzip(byte[] gz, String path) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(gz.length * 5);
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw PythonException.of("RuntimeError", "could not decompress " + path + ": " + e.getMessage());
        }
    }

    /** ToTensor of an H×W uint8 image: a 1×H×W float32 tensor of pixel / 255, rounded once as PyTorch's float32 division rounds. */
    private static PyObject toFloatImage(Tensor pixels) {
        long[] shape = pixels.shape();
        double[] values = TensorValues.read(pixels);
        for (int i = 0; i < values.length; i++) {
            values[i] = Float32.round(values[i] / 255.0);
        }
        return new PyTensor(TensorValues.create(values, new long[] {1, shape[0], shape[1]}, DType.FLOAT32));
    }

    /**
     * Normalize's common case in one pass: a new float32 C×H×W tensor of (x - mean[c]) / std[c], each
     * step rounded to float32 as PyTorch's sub_ then div_ round. None when the case is not that
     * (grad, other dtype or rank, mean/std lengths, a zero std): the Python code then takes the general path.
     */
    private static PyObject normalize(List<PyObject> args) {
        Tensor t = ((PyTensor) args.get(0)).tensor();
        if (t.dtype() != DType.FLOAT32 || t.requiresGrad() || t.shape().length != 3) {
            return PyNone.NONE;
        }
        int channels = (int) t.shape()[0];
        double[] mean = channelValues(args.get(1), channels);
        double[] std = channelValues(args.get(2), channels);
        if (mean == null || std == null) {
            return PyNone.NONE;
        }
        for (double s : std) {
            if (s == 0) {
                return PyNone.NONE;
            }
        }
        double[] values = TensorValues.read(t);
        int plane = channels == 0 ? 0 : values.length / channels;
        for (int i = 0; i < values.length; i++) {
            int c = i / plane;
            values[i] = Float32.round(Float32.round(values[i] - mean[c]) / std[c]);
        }
        return new PyTensor(TensorValues.create(values, t.shape(), DType.FLOAT32));
    }

    /** A list/tuple of numbers, one per channel or one for all, rounded to float32; null otherwise. */
    private static double[] channelValues(PyObject given, int channels) {
        if (!(given instanceof PySequence sequence)) {
            return null;
        }
        List<PyObject> items = sequence.items();
        if (items.size() != 1 && items.size() != channels) {
            return null;
        }
        double[] values = new double[channels];
        for (int c = 0; c < channels; c++) {
            PyObject item = items.get(items.size() == 1 ? 0 : c);
            double v;
            if (item instanceof PyFloat f) {
                v = f.value();
            } else if (item instanceof PyInt n && !(item instanceof dev.torchlet.python.runtime.PyBool)) {
                v = n.value();
            } else {
                return null;
            }
            values[c] = Float32.round(v);
        }
        return values;
    }

    /** {@code _pil_resize(pixels, width, height, mode)}: pixels is an H×W uint8 tensor; mode "nearest" or "bilinear". */
    private static PyObject resize(List<PyObject> args) {
        Tensor pixels = ((PyTensor) args.get(0)).tensor();
        int outW = integer(args, 1);
        int outH = integer(args, 2);
        String mode = string(args, 3);
        long[] shape = pixels.shape();
        int inH = (int) shape[0];
        int inW = (int) shape[1];
        double[] values = TensorValues.read(pixels);
        int[] in = new int[values.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = (int) values[i];
        }
        int[] out = switch (mode) {
            case "nearest" -> PillowResize.nearest(in, inW, inH, outW, outH);
            case "bilinear" -> PillowResize.bilinear(in, inW, inH, outW, outH);
            default -> throw PythonException.of("NotImplementedError", "Torchlet's image resize supports nearest and bilinear, not " + mode);
        };
        double[] result = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            result[i] = out[i];
        }
        return new PyTensor(TensorValues.create(result, new long[] {outH, outW}, DType.UINT8));
    }
}
