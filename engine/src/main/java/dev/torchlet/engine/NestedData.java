package dev.torchlet.engine;

import java.util.ArrayList;
import java.util.List;

/** Nested lists of numbers flattened row-major, with their shape checked to be rectangular. */
record NestedData(long[] shape, List<Object> values) {

    static NestedData of(Object data) {
        List<Long> shape = new ArrayList<>();
        Object probe = data;
        while (probe instanceof List<?> list) {
            shape.add((long) list.size());
            if (list.isEmpty()) {
                break;
            }
            probe = list.get(0);
        }
        long[] dims = new long[shape.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.get(i);
        }
        List<Object> values = new ArrayList<>();
        flatten(data, dims, 0, values);
        return new NestedData(dims, values);
    }

    private static void flatten(Object data, long[] shape, int depth, List<Object> out) {
        if (depth == shape.length) {
            if (data instanceof List<?>) {
                throw new TorchException(TorchException.Kind.VALUE_ERROR,
                        "expected sequence of length " + shape[depth - 1] + " at dim " + (depth - 1) + " (got a nested sequence)");
            }
            if (!(data instanceof Number) && !(data instanceof Boolean)) {
                throw new TorchException(TorchException.Kind.TYPE_ERROR, "new(): invalid data type '" + typeName(data) + "'");
            }
            out.add(data);
            return;
        }
        if (!(data instanceof List<?> list)) {
            throw new TorchException(TorchException.Kind.TYPE_ERROR, "not a sequence");
        }
        if (list.size() != shape[depth]) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR,
                    "expected sequence of length " + shape[depth] + " at dim " + depth + " (got " + list.size() + ")");
        }
        for (Object item : list) {
            flatten(item, shape, depth + 1, out);
        }
    }

    private static String typeName(Object value) {
        return value == null ? "NoneType" : value.getClass().getSimpleName();
    }

    DType inferredDtype(DType defaultFloat) {
        boolean allBool = !values.isEmpty();
        boolean anyFloat = values.isEmpty();
        for (Object v : values) {
            allBool &= v instanceof Boolean;
            anyFloat |= v instanceof Double || v instanceof Float;
        }
        if (allBool) {
            return DType.BOOL;
        }
        return anyFloat ? defaultFloat : DType.INT64;
    }
}
