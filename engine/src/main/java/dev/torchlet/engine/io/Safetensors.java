package dev.torchlet.engine.io;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Storage;
import dev.torchlet.engine.StorageViews;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The safetensors format: an 8-byte little-endian header length, a JSON header
 * ({@code {"__metadata__": {...}, "name": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]}, ...}},
 * padded with spaces to a multiple of 8), then the tensors' raw little-endian bytes. Written as
 * the safetensors library (0.8) writes it: tensors ordered by dtype (I64, F64, F32, I32, U8, BOOL)
 * then name, the header in that order, so the bytes are equal to {@code safetensors.torch.save_file}'s.
 */
public final class Safetensors {
    private static final DType[] ORDER = {DType.INT64, DType.FLOAT64, DType.FLOAT32, DType.INT32, DType.UINT8, DType.BOOL};

    private Safetensors() {
    }

    static String code(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> "F32";
            case FLOAT64 -> "F64";
            case INT64 -> "I64";
            case INT32 -> "I32";
            case UINT8 -> "U8";
            case BOOL -> "BOOL";
        };
    }

    static DType dtype(String code) {
        for (DType d : DType.values()) {
            if (code(d).equals(code)) {
                return d;
            }
        }
        throw TorchException.runtime("safetensors: dtype " + code + " is not one Torchlet has (F32, F64, I64, I32, U8, BOOL)");
    }

    /**
     * The file's bytes. Each tensor's elements are written in row-major order (a view or a
     * non-contiguous tensor is written as its contiguous copy; the library itself refuses those).
     */
    public static byte[] save(Map<String, Tensor> tensors, Map<String, String> metadata) {
        List<String> names = new ArrayList<>();
        for (DType dtype : ORDER) {
            List<String> ofType = new ArrayList<>();
            tensors.forEach((name, t) -> {
                if (t.dtype() == dtype) {
                    ofType.add(name);
                }
            });
            ofType.sort(String::compareTo);
            names.addAll(ofType);
        }
        StringBuilder header = new StringBuilder("{");
        if (metadata != null && !metadata.isEmpty()) {
            header.append("\"__metadata__\":{");
            boolean first = true;
            for (Map.Entry<String, String> e : new TreeMap<>(metadata).entrySet()) {
                header.append(first ? "" : ",").append(JsonText.quote(e.getKey())).append(':').append(JsonText.quote(e.getValue()));
                first = false;
            }
            header.append('}');
        }
        ByteSink data = new ByteSink();
        for (String name : names) {
            Tensor t = tensors.get(name).contiguous();
            byte[] bytes = bytesOf(t);
            long begin = data.size();
            data.bytes(bytes);
            header.append(header.length() > 1 ? "," : "").append(JsonText.quote(name)).append(":{\"dtype\":\"")
                    .append(code(t.dtype())).append("\",\"shape\":[");
            long[] shape = t.shape();
            for (int i = 0; i < shape.length; i++) {
                header.append(i == 0 ? "" : ",").append(shape[i]);
            }
            header.append("],\"data_offsets\":[").append(begin).append(',').append(data.size()).append("]}");
        }
        header.append('}');
        byte[] json = header.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        ByteSink out = new ByteSink();
        out.u64(padded).bytes(json);
        for (int i = json.length; i < padded; i++) {
            out.u8(' ');
        }
        out.bytes(data.toByteArray());
        return out.toByteArray();
    }

    /** A contiguous tensor's elements as bytes (its part of the storage). */
    private static byte[] bytesOf(Tensor contiguous) {
        byte[] all = StorageBytes.encode(StorageViews.onHost(StorageViews.storageOf(contiguous)));
        int width = contiguous.dtype().itemSize();
        int from = (int) contiguous.storageOffset() * width;
        int length = (int) contiguous.numel() * width;
        byte[] part = new byte[length];
        System.arraycopy(all, from, part, 0, length);
        return part;
    }

    private static Map<String, Object> header(byte[] file) {
        if (file.length < 8) {
            throw TorchException.runtime("safetensors: the file is shorter than its 8-byte header length");
        }
        long length = ZipArchive.u64(file, 0);
        if (length < 2 || 8 + length > file.length) {
            throw TorchException.runtime("safetensors: header length " + length + " does not fit the file (" + file.length + " bytes)");
        }
        String json = new String(file, 8, (int) length, StandardCharsets.UTF_8);
        Object parsed = new JsonText(json).parse();
        if (!(parsed instanceof Map<?, ?>)) {
            throw TorchException.runtime("safetensors: the header is not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) parsed;
        return map;
    }

    /** The {@code __metadata__} strings (empty when there are none). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> metadata(byte[] file) {
        Object metadata = header(file).get("__metadata__");
        Map<String, String> result = new LinkedHashMap<>();
        if (metadata instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> result.put(k, String.valueOf(v)));
        }
        return result;
    }

    /** The tensors in the file's order (as {@code load_file} returns them: by offset), each with its own storage. */
    @SuppressWarnings("unchecked")
    public static Map<String, Tensor> load(byte[] file) {
        Map<String, Object> header = header(file);
        long dataStart = 8 + ZipArchive.u64(file, 0);
        Map<String, Tensor> result = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : header.entrySet()) {
            if (e.getKey().equals("__metadata__")) {
                continue;
            }
            Map<String, Object> info = (Map<String, Object>) e.getValue();
            DType dtype = dtype((String) info.get("dtype"));
            List<Object> shapeList = (List<Object>) info.get("shape");
            List<Object> offsets = (List<Object>) info.get("data_offsets");
            long[] shape = new long[shapeList.size()];
            long numel = 1;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = (Long) shapeList.get(i);
                numel *= shape[i];
            }
            long begin = (Long) offsets.get(0);
            long end = (Long) offsets.get(1);
            if (end - begin != numel * dtype.itemSize() || dataStart + end > file.length || begin < 0) {
                throw TorchException.runtime("safetensors: tensor " + e.getKey() + " has data_offsets [" + begin + ", " + end
                        + "] that do not match its shape and dtype or the file");
            }
            byte[] bytes = new byte[(int) (end - begin)];
            System.arraycopy(file, (int) (dataStart + begin), bytes, 0, bytes.length);
            Storage storage = StorageBytes.decode(bytes, dtype, (int) numel);
            long[] strides = new long[shape.length];
            long stride = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                strides[d] = stride;
                stride *= Math.max(shape[d], 1);
            }
            result.put(e.getKey(), StorageViews.view(storage, 0, shape, strides));
        }
        return result;
    }
}
