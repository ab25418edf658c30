package dev.torchlet.engine.io;

import dev.torchlet.engine.Storage;
import dev.torchlet.engine.TorchException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's {@code torch.save}/{@code torch.load} file format (the zip format of PyTorch 1.6+),
 * byte-identical to what PyTorch 1.13 writes for the same object:
 * <ul>
 * <li>{@code <archive>/data.pkl}: the object, pickle protocol 2 ({@link TorchPickler});</li>
 * <li>{@code <archive>/data/<key>}: each storage's raw little-endian elements, keys in string order;</li>
 * <li>{@code <archive>/version}: {@code 3}.</li>
 * </ul>
 * {@code <archive>} is the file name without folder and extension ({@code "archive"} for a stream).
 * Values are plain Java objects: see {@link TorchPickler} for the mapping.
 *
 * <pre>{@code
 * byte[] bytes = TorchFile.save(stateDict, TorchFile.archiveName("net.pt"));
 * Object back = TorchFile.load(bytes);
 * }</pre>
 */
public final class TorchFile {
    private TorchFile() {
    }

    /** What PyTorch names the archive's folder: the file name without folders and extension. */
    public static String archiveName(String path) {
        if (path == null) {
            return "archive";
        }
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        // os.path.splitext: a leading dot (".pt") is not an extension.
        int firstNonDot = 0;
        while (firstNonDot < name.length() && name.charAt(firstNonDot) == '.') {
            firstNonDot++;
        }
        return dot > firstNonDot ? name.substring(0, dot) : name;
    }

    /** The bytes of a {@code torch.save} file holding {@code value}. */
    public static byte[] save(Object value, String archiveName) {
        TorchPickler pickler = new TorchPickler();
        byte[] pickle = pickler.pickle(value);
        ZipArchive zip = new ZipArchive();
        zip.add(archiveName + "/data.pkl", pickle);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < pickler.storages.size(); i++) {
            keys.add(Integer.toString(i));
        }
        keys.sort(String::compareTo); // PyTorch writes sorted(keys): "0", "1", "10", "11", "2", ...
        for (String key : keys) {
            Storage storage = pickler.storages.get(Integer.parseInt(key));
            zip.add(archiveName + "/data/" + key, StorageBytes.encode(dev.torchlet.engine.StorageViews.onHost(storage)));
        }
        zip.add(archiveName + "/version", "3\n".getBytes(StandardCharsets.UTF_8));
        return zip.finish();
    }

    /** The object a {@code torch.save} file holds (tensors come back on the CPU). */
    public static Object load(byte[] file) {
        if (file.length >= 2 && (file[0] & 0xFF) == 0x80 && file[1] == 2) {
            throw TorchException.runtime("torch.load: this file is in PyTorch's legacy format (before 1.6, or saved with"
                    + " _use_new_zipfile_serialization=False); Torchlet reads only the zip format: re-save it with a newer PyTorch");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw TorchException.runtime("torch.load: not a file written by torch.save (no zip archive inside)");
        }
        Map<String, byte[]> records = ZipArchive.read(file);
        String pickleName = null;
        for (String name : records.keySet()) {
            if (name.endsWith("/data.pkl") && name.indexOf('/') == name.length() - "/data.pkl".length()) {
                pickleName = name;
                break;
            }
        }
        if (pickleName == null) {
            boolean script = false;
            for (String name : records.keySet()) {
                script |= name.endsWith("/constants.pkl");
            }
            throw TorchException.runtime(script
                    ? "torch.load: this is a TorchScript archive (torch.jit.save); Torchlet does not load TorchScript"
                    : "torch.load: the zip archive has no data.pkl record (not written by torch.save)");
        }
        String prefix = pickleName.substring(0, pickleName.length() - "data.pkl".length());
        return new TorchUnpickler(records.get(pickleName), records, prefix).load();
    }
}
