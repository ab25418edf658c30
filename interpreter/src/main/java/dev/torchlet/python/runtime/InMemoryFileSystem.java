package dev.torchlet.python.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** Files kept in memory for the life of an interpreter: the default, and the browser's store. */
public final class InMemoryFileSystem implements VirtualFileSystem {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private static String normalise(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    @Override
    public byte[] read(String path) {
        byte[] data = files.get(normalise(path));
        if (data == null) {
            throw VirtualFileSystem.notFound(path);
        }
        return data.clone();
    }

    @Override
    public void write(String path, byte[] data) {
        files.put(normalise(path), data.clone());
    }

    @Override
    public boolean exists(String path) {
        return files.containsKey(normalise(path));
    }
}
