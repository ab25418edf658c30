package dev.torchlet.python.modules.vision;

/**
 * Where {@code torchvision.datasets} finds its data files (gzipped IDX files named like
 * {@code MNIST/raw/train-images-idx3-ubyte.gz}). The host installs a reader: on the JVM
 * {@link ClasspathDatasetFiles#install()} reads the {@code torchlet-datasets} jar; the browser
 * runtime will install one that fetches the files from the server. Without one, loading a
 * dataset says so.
 */
public final class DatasetFiles {
    /** Reads one bundled file; null when it is not there. */
    public interface Reader {
        byte[] read(String path);
    }

    private static Reader reader;

    private DatasetFiles() {
    }

    public static void install(Reader files) {
        reader = files;
    }

    static byte[] read(String path) {
        return reader == null ? null : reader.read(path);
    }
}
