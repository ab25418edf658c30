package dev.torchlet.engine.io;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Storage;
import dev.torchlet.engine.StorageViews;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code data.pkl} of a {@code torch.save} file: a small pickle machine for the opcodes
 * pickle protocols 2–4 use for tensors, state_dicts and plain values. Like PyTorch's
 * {@code weights_only=True} it only knows a few globals (OrderedDict, the tensor and parameter
 * rebuilders, the typed storages); any other class or opcode is an error that names it —
 * nothing in a file is ever run.
 */
final class TorchUnpickler {
    private record Global(String module, String name) {
        String dotted() {
            return module + "." + name;
        }
    }

    /** The marker MARK pushes. */
    private static final Object MARK = new Object();

    private final byte[] pickle;
    private final Map<String, byte[]> records;
    private final String prefix;
    private final Map<String, Storage> storages = new HashMap<>();
    private final Map<Integer, Object> memo = new HashMap<>();
    private final List<Object> stack = new ArrayList<>();
    private int p;

    TorchUnpickler(byte[] pickle, Map<String, byte[]> records, String prefix) {
        this.pickle = pickle;
        this.records = records;
        this.prefix = prefix;
    }

    private int u8() {
        if (p >= pickle.length) {
            throw TorchException.runtime("torch.load: data.pkl ends before its STOP opcode (truncated file?)");
        }
        return pickle[p++] & 0xFF;
    }

    private long le(int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) u8() << (8 * i);
        }
        return v;
    }

    private String utf8(long length) {
        String s = new String(pickle, p, (int) length, StandardCharsets.UTF_8);
        p += (int) length;
        return s;
    }

    private String line() {
        int start = p;
        while (u8() != '\n') {
            // scan to the newline
        }
        return new String(pickle, start, p - 1 - start, StandardCharsets.UTF_8);
    }

    private Object pop() {
        return stack.remove(stack.size() - 1);
    }

    private Object top() {
        return stack.get(stack.size() - 1);
    }

    /** The items above the topmost MARK, removing them and the mark. */
    private List<Object> popMark() {
        int mark = stack.size() - 1;
        while (stack.get(mark) != MARK) {
            mark--;
        }
        List<Object> items = new ArrayList<>(stack.subList(mark + 1, stack.size()));
        while (stack.size() > mark) {
            stack.remove(stack.size() - 1);
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    Object load() {
        while (true) {
            int op = u8();
            switch (op) {
                case 0x80 -> u8(); // PROTO
                case 0x95 -> le(8); // FRAME
                case '.' -> {
                    return pop();
                }
                case '(' -> stack.add(MARK);
                case '0' -> pop();
                case '1' -> popMark();
                case 'N' -> stack.add(null);
                case 0x88 -> stack.add(Boolean.TRUE);
                case 0x89 -> stack.add(Boolean.FALSE);
                case 'K' -> stack.add((long) u8());
                case 'M' -> stack.add(le(2));
                case 'J' -> stack.add((long) (int) le(4));
                case 0x8a -> stack.add(long1(u8()));
                case 'G' -> {
                    long bits = 0;
                    for (int i = 0; i < 8; i++) {
                        bits = bits << 8 | u8();
                    }
                    stack.add(Double.longBitsToDouble(bits));
                }
                case 'X' -> stack.add(utf8(le(4)));
                case 0x8c -> stack.add(utf8(u8()));
                case 0x8d -> stack.add(utf8(le(8)));
                case ')' -> stack.add(new PickleTuple(List.of()));
                case 't' -> stack.add(new PickleTuple(popMark()));
                case 0x85, 0x86, 0x87 -> {
                    int n = op - 0x84;
                    List<Object> items = new ArrayList<>(stack.subList(stack.size() - n, stack.size()));
                    for (int i = 0; i < n; i++) {
                        pop();
                    }
                    stack.add(new PickleTuple(items));
                }
                case ']' -> stack.add(new ArrayList<>());
                case 'a' -> {
                    Object item = pop();
                    ((List<Object>) top()).add(item);
                }
                case 'e' -> {
                    List<Object> items = popMark();
                    ((List<Object>) top()).addAll(items);
                }
                case '}' -> stack.add(new LinkedHashMap<>());
                case 's' -> {
                    Object value = pop();
                    Object key = pop();
                    ((Map<Object, Object>) top()).put(key, value);
                }
                case 'u' -> {
                    List<Object> items = popMark();
                    Map<Object, Object> map = (Map<Object, Object>) top();
                    for (int i = 0; i + 1 < items.size(); i += 2) {
                        map.put(items.get(i), items.get(i + 1));
                    }
                }
                case 'c' -> stack.add(global(line(), line()));
                case 0x93 -> {
                    String name = (String) pop();
                    stack.add(global((String) pop(), name));
                }
                case 'q' -> memo.put(u8(), top());
                case 'r' -> memo.put((int) le(4), top());
                case 0x94 -> memo.put(memo.size(), top());
                case 'h' -> stack.add(memoGet(u8()));
                case 'j' -> stack.add(memoGet((int) le(4)));
                case 'R' -> {
                    PickleTuple args = (PickleTuple) pop();
                    stack.add(reduce(pop(), args.items()));
                }
                case 'b' -> {
                    Object state = pop();
                    build(top(), state);
                }
                case 'Q' -> stack.add(persistentLoad(pop()));
                default -> throw TorchException.runtime("torch.load: unsupported pickle opcode " + opcodeName(op)
                        + " at byte " + (p - 1) + " of data.pkl (Torchlet reads the pickles torch.save writes"
                        + " for tensors, state_dicts and plain values)");
            }
        }
    }

    private static String opcodeName(int op) {
        String hex = Integer.toHexString(op);
        return (op >= 0x20 && op < 0x7f ? "'" + (char) op + "' " : "") + "(0x" + (hex.length() < 2 ? "0" : "") + hex + ")";
    }

    private Object memoGet(int index) {
        if (!memo.containsKey(index)) {
            throw TorchException.runtime("torch.load: data.pkl refers to memo entry " + index + " before defining it");
        }
        return memo.get(index);
    }

    private Long long1(int n) {
        if (n > 8) {
            throw TorchException.runtime("torch.load: an integer of " + n + " bytes is larger than Torchlet's 64-bit ints");
        }
        long v = le(n);
        if (n > 0 && n < 8 && (v & (1L << (8 * n - 1))) != 0) {
            v |= -1L << (8 * n); // sign-extend
        }
        return v;
    }

    private static Object global(String module, String name) {
        Global g = new Global(module, name);
        String dotted = g.dotted();
        if (dotted.equals("collections.OrderedDict") || dotted.equals("torch._utils._rebuild_tensor_v2")
                || dotted.equals("torch._utils._rebuild_parameter") || storageDtype(g) != null) {
            return g;
        }
        if (module.equals("torch") && name.endsWith("Storage")) {
            throw TorchException.runtime("torch.load: the file holds a torch." + name
                    + ", a dtype Torchlet does not have (it has float32, float64, int64, int32, uint8 and bool)");
        }
        throw TorchException.runtime("torch.load: the file needs the Python global '" + dotted + "', which Torchlet does"
                + " not load: it reads tensors, state_dicts, and dicts/lists/tuples of numbers and strings, and never"
                + " runs classes from a file (a whole pickled nn.Module is such a class; save model.state_dict() instead)");
    }

    private static DType storageDtype(Object g) {
        if (!(g instanceof Global global) || !global.module().equals("torch")) {
            return null;
        }
        return switch (global.name()) {
            case "FloatStorage" -> DType.FLOAT32;
            case "DoubleStorage" -> DType.FLOAT64;
            case "LongStorage" -> DType.INT64;
            case "IntStorage" -> DType.INT32;
            case "ByteStorage" -> DType.UINT8;
            case "BoolStorage" -> DType.BOOL;
            default -> null;
        };
    }

    private Object reduce(Object callable, List<Object> args) {
        if (!(callable instanceof Global g)) {
            throw TorchException.runtime("torch.load: REDUCE on something that is not a known global");
        }
        switch (g.dotted()) {
            case "collections.OrderedDict" -> {
                PickleOrderedDict od = new PickleOrderedDict();
                if (!args.isEmpty() && args.get(0) instanceof List<?> pairs) {
                    for (Object pair : pairs) {
                        List<Object> kv = ((PickleTuple) pair).items();
                        od.put(kv.get(0), kv.get(1));
                    }
                }
                return od;
            }
            case "torch._utils._rebuild_tensor_v2" -> {
                if (args.size() < 4 || !(args.get(0) instanceof Storage storage)) {
                    throw TorchException.runtime("torch.load: _rebuild_tensor_v2 called with unexpected arguments");
                }
                Tensor t = StorageViews.view(storage, ((Long) args.get(1)), longs(args.get(2)), longs(args.get(3)));
                if (args.size() > 4 && Boolean.TRUE.equals(args.get(4))) {
                    t.requiresGrad_(true);
                }
                return t;
            }
            case "torch._utils._rebuild_parameter" -> {
                Tensor t = (Tensor) args.get(0);
                if (args.size() > 1 && Boolean.TRUE.equals(args.get(1)) && !t.requiresGrad()) {
                    t.requiresGrad_(true);
                }
                return t;
            }
            default -> throw TorchException.runtime("torch.load: Torchlet does not call " + g.dotted() + " from a file");
        }
    }

    private static long[] longs(Object tuple) {
        List<Object> items = ((PickleTuple) tuple).items();
        long[] result = new long[items.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (Long) items.get(i);
        }
        return result;
    }

    private static void build(Object target, Object state) {
        if (target instanceof PickleOrderedDict od && state instanceof Map<?, ?> attributes) {
            for (Map.Entry<?, ?> e : attributes.entrySet()) {
                od.attributes().put(String.valueOf(e.getKey()), e.getValue());
            }
            return;
        }
        throw TorchException.runtime("torch.load: BUILD (setting object state) is only supported on an OrderedDict");
    }

    private Storage persistentLoad(Object pid) {
        List<Object> id = pid instanceof PickleTuple t ? t.items() : List.of();
        if (id.size() != 5 || !"storage".equals(id.get(0))) {
            throw TorchException.runtime("torch.load: unknown persistent id (expected ('storage', type, key, location, numel))");
        }
        DType dtype = storageDtype(id.get(1));
        String key = String.valueOf(id.get(2));
        long numel = (Long) id.get(4);
        Storage cached = storages.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] data = records.get(prefix + "data/" + key);
        if (data == null) {
            throw TorchException.runtime("torch.load: the file has no record " + prefix + "data/" + key);
        }
        if (data.length != numel * dtype.itemSize()) {
            throw TorchException.runtime("torch.load: record data/" + key + " holds " + data.length + " bytes, not "
                    + numel + " " + dtype.pytorchName() + " elements");
        }
        Storage storage = StorageBytes.decode(data, dtype, (int) numel);
        storages.put(key, storage);
        return storage;
    }
}
