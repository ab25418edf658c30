package dev.torchlet.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torchlet.engine.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files written by safetensors 0.8 with PyTorch 1.13 ({@code src/test/python/safetensors_files.py}):
 * Torchlet loads each to exactly what {@code load_file} gives, and saving the loaded tensors
 * (with the file's metadata) gives the library's bytes back.
 */
class SafetensorsTest {
    static Stream<String> names() {
        return Stream.of("st_dtypes", "st_state_dict", "st_names");
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsWhatLoadFileGives(String name) throws IOException {
        Map<String, Tensor> loaded = Safetensors.load(TorchFileTest.resource(name + ".safetensors"));
        String expected = new String(TorchFileTest.resource(name + ".expected"), StandardCharsets.UTF_8);
        assertEquals(expected.substring(0, expected.length() - 1), TorchFileTest.dump(new LinkedHashMap<Object, Object>(loaded)));
    }

    @ParameterizedTest
    @MethodSource("names")
    void savesTheLibrarysExactBytes(String name) throws IOException {
        byte[] original = TorchFileTest.resource(name + ".safetensors");
        assertArrayEquals(original, Safetensors.save(Safetensors.load(original), Safetensors.metadata(original)));
    }
}
