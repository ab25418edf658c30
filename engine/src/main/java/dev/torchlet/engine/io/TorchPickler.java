package dev.torchlet.engine.io;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Storage;
import dev.torchlet.engine.StorageViews;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code data.pkl} as PyTorch 1.13's {@code torch.save} does: pickle protocol 2 with the
 * opcodes CPython's pickler picks, tensors reduced to {@code torch._utils._rebuild_tensor_v2}
 * over a persistent id {@code ('storage', torch.FloatStorage, key, 'cpu', numel)}, and each
 * distinct storage collected once (a view saves its whole storage, like PyTorch).
 *
 * <p>Values: null (None), Boolean, Long/Integer, Double, String, {@link Tensor}, {@code List}
 * (list), {@link PickleTuple}, {@link PickleOrderedDict}, other {@code Map}s (dict).
 * Strings are memoized by value (CPython memoizes by identity; equal strings of a state_dict
 * are the same object there), storage keys on their own as PyTorch's are distinct objects.
 */
final class TorchPickler {
    private static final int BATCH = 1000;

    private final ByteSink out = new ByteSink();
    private final Map<String, Integer> memoStrings = new HashMap<>();
    private final Map<String, Integer> memoGlobals = new HashMap<>();
    private int memoSize;
    /** Distinct storages in the order first met; their keys are their positions. */
    final List<Storage> storages = new ArrayList<>();
    private final List<Integer> storageKeyMemo = new ArrayList<>();

    byte[] pickle(Object value) {
        out.u8(0x80).u8(2);
        save(value);
        out.u8('.');
        return out.toByteArray();
    }

    private void put() {
        int index = memoSize++;
        if (index < 256) {
            out.u8('q').u8(index);
        } else {
            out.u8('r').u32(index);
        }
    }

    private void get(int index) {
        if (index < 256) {
            out.u8('h').u8(index);
        } else {
            out.u8('j').u32(index);
        }
    }

    private void save(Object value) {
        if (value == null) {
            out.u8('N');
        } else if (value instanceof Boolean b) {
            out.u8(b ? 0x88 : 0x89);
        } else if (value instanceof Long || value instanceof Integer) {
            saveInt(((Number) value).longValue());
        } else if (value instanceof Double d) {
            long bits = Double.doubleToRawLongBits(d);
            out.u8('G');
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.u8((int) (bits >>> shift));
            }
        } else if (value instanceof String s) {
            saveString(s, memoStrings);
        } else if (value instanceof Tensor t) {
            saveTensor(t);
        } else if (value instanceof PickleTuple t) {
            saveTuple(t.items());
        } else if (value instanceof List<?> list) {
            out.u8(']');
            put();
            saveBatched(list.size(), list, 'a', 'e');
        } else if (value instanceof PickleOrderedDict od) {
            global("collections", "OrderedDict");
            out.u8(')').u8('R');
            put();
            saveItems(od, true);
            if (!od.attributes().isEmpty()) {
                Map<Object, Object> state = new java.util.LinkedHashMap<>(od.attributes());
                save(state);
                out.u8('b');
            }
        } else if (value instanceof Map<?, ?> map) {
            out.u8('}');
            put();
            saveItems(map, false);
        } else {
            throw TorchException.runtime("torch.save cannot save a " + value.getClass().getSimpleName()
                    + " (Torchlet saves tensors, numbers, strings, None, and lists, tuples and dicts of them)");
        }
    }

    private void saveInt(long v) {
        if (v >= 0 && v < 256) {
            out.u8('K').u8((int) v);
        } else if (v >= 0 && v < 65536) {
            out.u8('M').u16((int) v);
        } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            out.u8('J').u32(v & 0xFFFFFFFFL);
        } else {
            // LONG1: the shortest little-endian two's complement form.
            // Python's abs(v).bit_length()
            int bits = v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
            int n = (bits >> 3) + 1;
            byte[] bytes = new byte[Math.max(n, 9)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i < 8 ? v >>> (8 * i) : (v < 0 ? -1 : 0));
            }
            if (v < 0 && n > 1 && bytes[n - 1] == (byte) 0xFF && (bytes[n - 2] & 0x80) != 0) {
                n--;
            }
            out.u8(0x8a).u8(n).bytes(bytes, 0, n);
        }
    }

    private void saveString(String s, Map<String, Integer> memo) {
        Integer index = memo.get(s);
        if (index != null) {
            get(index);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.u8('X').u32(utf8.length).bytes(utf8);
        memo.put(s, memoSize);
        put();
    }

    private void global(String module, String name) {
        String key = module + "\n" + name;
        Integer index = memoGlobals.get(key);
        if (index != null) {
            get(index);
            return;
        }
        out.u8('c').ascii(module).u8('\n').ascii(name).u8('\n');
        memoGlobals.put(key, memoSize);
        put();
    }

    private void saveTuple(List<?> items) {
        if (items.isEmpty()) {
            out.u8(')');
            return;
        }
        if (items.size() <= 3) {
            for (Object item : items) {
                save(item);
            }
            out.u8(0x84 + items.size());
        } else {
            out.u8('(');
            for (Object item : items) {
                save(item);
            }
            out.u8('t');
        }
        put();
    }

    // CPython's C pickler: a list or dict of one item gets APPEND/SETITEM; a longer one is written
    // in MARK ... APPENDS/SETITEMS batches of 1000 (a last batch of one included). An OrderedDict
    // goes through the iterator path instead, where a last batch of one is a plain SETITEM.

    private void saveBatched(int size, List<?> items, int one, int many) {
        if (size == 1) {
            save(items.get(0));
            out.u8(one);
            return;
        }
        for (int start = 0; start < size; start += BATCH) {
            int stop = Math.min(size, start + BATCH);
            out.u8('(');
            for (int i = start; i < stop; i++) {
                save(items.get(i));
            }
            out.u8(many);
        }
    }

    private void saveItems(Map<?, ?> map, boolean iteratorPath) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        for (int start = 0; start < entries.size(); start += BATCH) {
            int stop = Math.min(entries.size(), start + BATCH);
            if (stop - start == 1 && (iteratorPath || entries.size() == 1)) {
                save(entries.get(start).getKey());
                save(entries.get(start).getValue());
                out.u8('s');
            } else {
                out.u8('(');
                for (int i = start; i < stop; i++) {
                    save(entries.get(i).getKey());
                    save(entries.get(i).getValue());
                }
                out.u8('u');
            }
        }
    }

    private void saveTensor(Tensor t) {
        Storage storage = StorageViews.storageOf(t);
        int key = -1;
        for (int i = 0; i < storages.size(); i++) {
            if (StorageViews.sameMemory(storages.get(i), storage)) {
                key = i;
                break;
            }
        }
        if (key < 0) {
            key = storages.size();
            storages.add(storage);
            storageKeyMemo.add(-1);
        }
        global("torch._utils", "_rebuild_tensor_v2");
        out.u8('(');
        // The persistent id: ('storage', torch.FloatStorage, '0', 'cpu', numel).
        out.u8('(');
        saveString("storage", memoStrings);
        global("torch", storageTypeName(t.dtype()));
        Integer keyIndex = storageKeyMemo.get(key);
        if (keyIndex >= 0) {
            get(keyIndex);
        } else {
            storageKeyMemo.set(key, memoSize);
            byte[] utf8 = Integer.toString(key).getBytes(StandardCharsets.UTF_8);
            out.u8('X').u32(utf8.length).bytes(utf8);
            put();
        }
        // The location PyTorch records ('cuda:0' for an accelerator's tensors; they load on the CPU here).
        saveString(storage.device().toString(), memoStrings);
        saveInt(storage.size());
        out.u8('t');
        put();
        out.u8('Q');
        saveInt(t.storageOffset());
        saveTuple(boxed(t.shape()));
        saveTuple(boxed(t.stride()));
        out.u8(t.requiresGrad() ? 0x88 : 0x89);
        global("collections", "OrderedDict");
        out.u8(')').u8('R');
        put();
        out.u8('t');
        put();
        out.u8('R');
        put();
    }

    private static List<Object> boxed(long[] values) {
        List<Object> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    static String storageTypeName(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> "FloatStorage";
            case FLOAT64 -> "DoubleStorage";
            case INT64 -> "LongStorage";
            case INT32 -> "IntStorage";
            case UINT8 -> "ByteStorage";
            case BOOL -> "BoolStorage";
        };
    }
}
