package dev.torchlet.server.files;

import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.runtime.VirtualFileSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A program's file system on the JVM: one directory. Relative paths resolve inside it; a path
 * that would leave it (absolute elsewhere, or through {@code ..}) is a PermissionError, so a
 * program never reaches the rest of the host.
 */
public final class DirectoryFileSystem implements VirtualFileSystem {
    private final Path root;

    public DirectoryFileSystem(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private Path resolve(String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            throw PythonException.of("PermissionError", "[Errno 13] Permission denied: " + new PyStr(path).repr()
                    + " (a Torchlet program can only use files in its working directory)");
        }
        return resolved;
    }

    @Override
    public byte[] read(String path) {
        Path file = resolve(path);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw VirtualFileSystem.notFound(path);
        } catch (IOException e) {
            throw PythonException.of("OSError", "could not read " + new PyStr(path).repr() + ": " + e.getMessage());
        }
    }

    @Override
    public void write(String path, byte[] data) {
        Path file = resolve(path);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw PythonException.of("OSError", "could not write " + new PyStr(path).repr() + ": " + e.getMessage());
        }
    }

    @Override
    public boolean exists(String path) {
        return Files.exists(resolve(path));
    }
}
