package dev.torchlet.python.modules.vision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.python.runtime.PythonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** IDX reading through the host's reader, and its errors (the datasets themselves are checked by the torchvision_*.py goldens). */
class VisionNativesTest {
    @AfterEach
    void restoreClasspathReader() {
        ClasspathDatasetFiles.install();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void readsAnIdxFileAsUint8Tensor() throws IOException {
        byte[] idx = {0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 3, 1, 2, (byte) 255, 0, (byte) 128, 7};
        byte[] gz = gzip(idx);
        DatasetFiles.install(path -> path.equals("Test/raw/tiny-idx3-ubyte.gz") ? gz : null);
        Tensor t = VisionNatives.readIdx("Test/raw/tiny-idx3-ubyte.gz");
        assertEquals(DType.UINT8, t.dtype());
        assertArrayEquals(new long[] {2, 1, 3}, t.shape());
        assertArrayEquals(new double[] {1, 2, 255, 0, 128, 7}, TensorValues.read(t));
    }

    @Test
    void saysWhenAFileIsNotBundled() {
        DatasetFiles.install(path -> null);
        PythonException e = assertThrows(PythonException.class, () -> VisionNatives.readIdx("Nothing/raw/x-idx1-ubyte.gz"));
        assertTrue(e.getMessage().contains("Dataset not found"), e.getMessage());
    }

    @Test
    void rejectsATruncatedFile() throws IOException {
        byte[] gz = gzip(new byte[] {0, 0, 8, 1, 0, 0, 0, 5, 1, 2});
        DatasetFiles.install(path -> gz);
        PythonException e = assertThrows(PythonException.class, () -> VisionNatives.readIdx("Short/raw/labels-idx1-ubyte.gz"));
        assertTrue(e.getMessage().contains("header says 5"), e.getMessage());
    }

    @Test
    void bundledFilesHaveTorchvisionsShapes() {
        ClasspathDatasetFiles.install();
        for (Map.Entry<String, long[]> file : Map.of(
                "MNIST/raw/t10k-images-idx3-ubyte.gz", new long[] {10000, 28, 28},
                "MNIST/raw/train-labels-idx1-ubyte.gz", new long[] {60000},
                "FashionMNIST/raw/t10k-labels-idx1-ubyte.gz", new long[] {10000}).entrySet()) {
            assertArrayEquals(file.getValue(), VisionNatives.readIdx(file.getKey()).shape(), file.getKey());
        }
    }
}
