package dev.torchlet.engine;

import dev.torchlet.engine.format.TensorFormatter;
import dev.torchlet.engine.random.Generator;
import java.util.List;

/** PyTorch's {@code torch.*} functions for Java programmers: {@code Torch.ones(2, 2).add(Scalar.of(1))}. */
public final class Torch {
    private static DType defaultDtype = DType.FLOAT32;

    private Torch() {
    }

    public static DType getDefaultDtype() {
        return defaultDtype;
    }

    public static void setDefaultDtype(DType dtype) {
        if (!dtype.isFloatingPoint()) {
            throw new TorchException(TorchException.Kind.TYPE_ERROR, "only floating-point types are supported as the default type");
        }
        defaultDtype = dtype;
        TensorFormatter.setDefaultDtype(dtype);
    }

    public static Tensor zeros(long... shape) {
        return full(shape, Scalar.of(0L), defaultDtype);
    }

    public static Tensor ones(long... shape) {
        return full(shape, Scalar.of(1L), defaultDtype);
    }

    /** {@code full(..., device=)}: on an accelerator, the value is broadcast there by its copy kernel. */
    public static Tensor full(long[] shape, Scalar value, DType dtype, dev.torchlet.engine.device.Device device) {
        if (device.isCpu()) {
            return full(shape, value, dtype);
        }
        return Tensor.empty(shape, dtype, device).copyValuesFrom(full(new long[0], value, dtype));
    }

    public static Tensor full(long[] shape, Scalar value, DType dtype) {
        Tensor t = Tensor.empty(shape, dtype);
        Storage storage = t.storage();
        for (int i = 0; i < t.numel(); i++) {
            if (value.isFloatingPoint()) {
                storage.setDouble(i, value.doubleValue());
            } else {
                storage.setLong(i, value.longValue());
            }
        }
        return t;
    }

    /**
     * {@code torch.tensor(data)}: data is a Java {@link Number}/{@link Boolean} or a {@link List}
     * of them, nested to any depth. The dtype is inferred like PyTorch's: bool, else int64, else
     * the default float type, when {@code dtype} is null.
     */
    public static Tensor tensor(Object data, DType dtype) {
        NestedData nested = NestedData.of(data);
        DType type = dtype != null ? dtype : nested.inferredDtype(defaultDtype);
        Tensor t = Tensor.empty(nested.shape(), type);
        Storage storage = t.storage();
        List<Object> values = nested.values();
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Double || v instanceof Float) {
                storage.setDouble(i, ((Number) v).doubleValue());
            } else if (v instanceof Boolean b) {
                storage.setLong(i, b ? 1 : 0);
            } else {
                storage.setLong(i, ((Number) v).longValue());
            }
        }
        return t;
    }

    /**
     * {@code torch.arange(start, end, step)}: integer arguments give int64, any float argument the
     * default float type (unless {@code dtype} says otherwise); element i is start + i·step.
     */
    public static Tensor arange(Scalar start, Scalar end, Scalar step, DType dtype) {
        boolean floating = start.isFloatingPoint() || end.isFloatingPoint() || step.isFloatingPoint();
        DType type = dtype != null ? dtype : floating ? defaultDtype : DType.INT64;
        double from = start.doubleValue();
        double to = end.doubleValue();
        double by = step.doubleValue();
        if (by == 0) {
            throw TorchException.runtime("step must be nonzero");
        }
        if ((by > 0 && to < from) || (by < 0 && to > from)) {
            throw TorchException.runtime("upper bound and larger bound inconsistent with step sign");
        }
        long count = (long) Math.ceil((to - from) / by);
        Tensor t = Tensor.empty(new long[] {count}, type);
        for (int i = 0; i < count; i++) {
            if (type.isFloatingPoint() || floating) {
                t.storage().setDouble(i, from + i * by);
            } else {
                t.storage().setLong(i, start.longValue() + i * step.longValue());
            }
        }
        return t;
    }

    /** {@code torch.manual_seed(seed)}: seeds the default generator. */
    public static void manualSeed(long seed) {
        Generator.processDefault().manualSeed(seed);
    }

    /** {@code torch.rand(*shape, dtype=dtype)}: uniform on [0, 1), PyTorch's stream for the seed. */
    public static Tensor rand(long[] shape, DType dtype) {
        Tensor t = Tensor.empty(shape, requireFloating(dtype, "rand"));
        Storage s = t.storage();
        Generator g = Generator.defaultGenerator();
        if (t.dtype() == DType.FLOAT32) {
            g.fillUniform(s.floats(), 0, (int) t.numel(), 0, 1);
        } else {
            g.fillUniform(s.doubles(), 0, (int) t.numel(), 0, 1);
        }
        return t;
    }

    /** {@code torch.randn(*shape, dtype=dtype)}: standard normal, PyTorch's stream for the seed. */
    public static Tensor randn(long[] shape, DType dtype) {
        Tensor t = Tensor.empty(shape, requireFloating(dtype, "randn"));
        Storage s = t.storage();
        Generator g = Generator.defaultGenerator();
        if (t.dtype() == DType.FLOAT32) {
            g.fillNormal(s.floats(), 0, (int) t.numel(), 0, 1);
        } else {
            g.fillNormal(s.doubles(), 0, (int) t.numel(), 0, 1);
        }
        return t;
    }

    /** {@code torch.randint(low, high, shape)}: int64 by default, PyTorch's stream for the seed. */
    public static Tensor randint(long low, long high, long[] shape, DType dtype) {
        Tensor t = Tensor.empty(shape, dtype == null ? DType.INT64 : dtype);
        long[] drawn = new long[(int) t.numel()];
        Generator.defaultGenerator().fillRandint(drawn, 0, drawn.length, low, high);
        for (int i = 0; i < drawn.length; i++) {
            t.storage().setLong(i, drawn[i]);
        }
        return t;
    }

    /** {@code torch.randperm(n)}: a random permutation of 0..n-1 (int64), PyTorch's for the seed. */
    public static Tensor randperm(long n) {
        if (n > Integer.MAX_VALUE) {
            throw TorchException.runtime("randperm of " + n + " elements is more than Torchlet can hold");
        }
        long[] permutation = Generator.defaultGenerator().randperm((int) n);
        Tensor t = Tensor.empty(new long[] {permutation.length}, DType.INT64);
        for (int i = 0; i < permutation.length; i++) {
            t.storage().setLong(i, permutation[i]);
        }
        return t;
    }

    /** {@code torch.where(condition, x, y)}. */
    public static Tensor where(Tensor condition, Tensor x, Tensor y) {
        return IndexFunctions.where(condition, x, y);
    }

    private static DType requireFloating(DType dtype, String function) {
        DType type = dtype == null ? defaultDtype : dtype;
        if (!type.isFloatingPoint()) {
            String name = type == DType.INT64 ? "Long" : type == DType.INT32 ? "Int" : type == DType.UINT8 ? "Byte" : "Bool";
            throw new TorchException(TorchException.Kind.RUNTIME_ERROR,
                    (function.equals("rand") ? "\"check_uniform_bounds\"" : "\"normal_kernel_cpu\"") + " not implemented for '" + name + "'");
        }
        return type;
    }
}
