package dev.torchlet.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.Storage;
import dev.torchlet.engine.StorageViews;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Files written by real PyTorch 1.13 ({@code src/test/python/torch_files.py}): Torchlet loads
 * each to exactly what PyTorch's torch.load gives (the .expected dump), and saving what it
 * loaded gives PyTorch's bytes back, byte for byte.
 */
class TorchFileTest {
    static Stream<String> names() {
        return Stream.of("float32", "float64", "int64", "int32", "uint8", "bool", "scalar", "empty",
                "view_transposed", "view_slice", "shared_views", "requires_grad", "state_dict_sequential",
                "state_dict_net", "sgd_state_dict", "adam_state_dict", "plain", "large");
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TorchFileTest.class.getResourceAsStream("/torchfiles/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsWhatPyTorchLoads(String name) throws IOException {
        Object loaded = TorchFile.load(resource(name + ".pt"));
        String expected = new String(resource(name + ".expected"), StandardCharsets.UTF_8).strip();
        assertEquals(expected, dump(loaded));
    }

    @ParameterizedTest
    @MethodSource("names")
    void savesPyTorchsExactBytes(String name) throws IOException {
        byte[] original = resource(name + ".pt");
        byte[] resaved = TorchFile.save(TorchFile.load(original), TorchFile.archiveName(name + ".pt"));
        assertArrayEquals(original, resaved);
    }

    @Test
    void viewsShareOneStorageAfterLoading() throws IOException {
        @SuppressWarnings("unchecked")
        List<Object> views = (List<Object>) TorchFile.load(resource("shared_views.pt"));
        Tensor base = (Tensor) views.get(0);
        Tensor transposed = (Tensor) views.get(2);
        assertTrue(base.sharesStorageWith(transposed));
    }

    @Test
    void archiveNameIsTheFileNameWithoutExtension() {
        assertEquals("net", TorchFile.archiveName("models/net.pth"));
        assertEquals("net.v2", TorchFile.archiveName("net.v2.pt"));
        assertEquals(".pt", TorchFile.archiveName(".pt"));
        assertEquals("archive", TorchFile.archiveName(null));
    }

    @Test
    void unknownGlobalsAreRefusedByName() {
        // A pickle that names os.system: it must be refused, never looked up.
        byte[] pickle = "\u0080\u0002cos\nsystem\nq\u0000X\u0002\u0000\u0000\u0000lsq\u0001\u0085q\u0002Rq\u0003.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new ZipArchive().add("archive/data.pkl", pickle).add("archive/version", "3\n".getBytes()).finish();
        TorchException e = assertThrows(TorchException.class, () -> TorchFile.load(file));
        assertTrue(e.getMessage().contains("'os.system'"), e.getMessage());
    }

    @Test
    void zipRecordsRoundTrip() {
        byte[] zip = new ZipArchive().add("a/x", new byte[] {1, 2, 3}).add("a/y", new byte[0]).finish();
        Map<String, byte[]> records = ZipArchive.read(zip);
        assertArrayEquals(new byte[] {1, 2, 3}, records.get("a/x"));
        assertEquals(0, records.get("a/y").length);
    }

    // ---- the canonical dump torch_files.py writes ----

    static String dump(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long l) {
            return "int:" + l;
        }
        if (v instanceof Double d) {
            return "float:" + Double.doubleToRawLongBits(d);
        }
        if (v instanceof String s) {
            return "str:" + s;
        }
        if (v instanceof Tensor t) {
            Storage storage = StorageViews.storageOf(t);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < storage.size(); i++) {
                values.add(switch (t.dtype()) {
                    case FLOAT32 -> Integer.toString(Float.floatToRawIntBits((float) storage.getDouble(i)));
                    case FLOAT64 -> Long.toString(Double.doubleToRawLongBits(storage.getDouble(i)));
                    default -> Long.toString(storage.getLong(i));
                });
            }
            return "tensor(" + t.dtype().pytorchName() + ", size=" + list(t.shape()) + ", stride=" + list(t.stride())
                    + ", offset=" + t.storageOffset() + ", storage=[" + String.join(",", values) + "], requires_grad="
                    + (t.requiresGrad() ? "True" : "False") + ")";
        }
        if (v instanceof PickleTuple t) {
            return "tuple(" + join(t.items()) + ")";
        }
        if (v instanceof List<?> l) {
            return "list[" + join(l) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            m.forEach((k, x) -> items.add(dump(k) + ": " + dump(x)));
            return (v instanceof PickleOrderedDict ? "odict{" : "dict{") + String.join(", ", items) + "}";
        }
        throw new AssertionError(v.getClass());
    }

    private static String join(List<?> items) {
        List<String> parts = new ArrayList<>();
        for (Object x : items) {
            parts.add(dump(x));
        }
        return String.join(", ", parts);
    }

    private static String list(long[] values) {
        List<String> parts = new ArrayList<>();
        for (long x : values) {
            parts.add(Long.toString(x));
        }
        return "[" + String.join(", ", parts) + "]";
    }

}
