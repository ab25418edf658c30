package dev.torchlet.python.modules.vision;

import java.io.IOException;
import java.io.InputStream;

/**
 * The JVM's {@link DatasetFiles.Reader}: the files of the {@code torchlet-datasets} jar (or its
 * {@code datasets/target/classes} folder) under {@code dev/torchlet/datasets/}. JVM hosts only:
 * the browser build never reaches this class.
 */
public final class ClasspathDatasetFiles {
    private static final String ROOT = "/dev/torchlet/datasets/";

    private ClasspathDatasetFiles() {
    }

    public static void install() {
        DatasetFiles.install(ClasspathDatasetFiles::read);
    }

    static byte[] read(String path) {
        try (InputStream in = ClasspathDatasetFiles.class.getResourceAsStream(ROOT + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
