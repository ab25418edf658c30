package dev.torchlet.engine.io;

import dev.torchlet.engine.TorchException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The zip container of {@code torch.save}: stored (uncompressed) records whose data start on a
 * 64-byte boundary, laid out the way PyTorch 1.13's writer lays them out (an {@code FB} extra
 * field of {@code Z}s pads each local header; sizes and CRC follow the data in a descriptor;
 * zip64 end records always present; all dates zero), so equal records give equal bytes.
 * Written by hand: {@code java.util.zip} is not in the browser build.
 */
public final class ZipArchive {
    private static final int ALIGNMENT = 64;
    private static final int LOCAL_HEADER = 30;
    private static final int FLAGS = 0x0808; // sizes in a data descriptor; UTF-8 names
    private static final int FLAGS_EMPTY = 0x0800; // an empty record has no descriptor

    private record Entry(String name, byte[] nameBytes, long crc, int size, long offset) {
        int flags() {
            return size == 0 ? FLAGS_EMPTY : FLAGS;
        }
    }

    private final ByteSink out = new ByteSink();
    private final List<Entry> entries = new ArrayList<>();

    /** Appends one stored record. */
    public ZipArchive add(String name, byte[] data) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.size();
        long crc = Crc32.of(data);
        int start = out.size() + LOCAL_HEADER + nameBytes.length + 4;
        int padding = (ALIGNMENT - start % ALIGNMENT) % ALIGNMENT;
        out.u32(0x04034b50).u16(0).u16(data.length == 0 ? FLAGS_EMPTY : FLAGS).u16(0).u16(0).u16(0).u32(0).u32(0).u32(0)
                .u16(nameBytes.length).u16(padding + 4).bytes(nameBytes)
                .u8('F').u8('B').u16(padding);
        for (int i = 0; i < padding; i++) {
            out.u8('Z');
        }
        out.bytes(data);
        if (data.length > 0) {
            out.u32(0x08074b50).u32(crc).u32(data.length).u32(data.length);
        }
        entries.add(new Entry(name, nameBytes, crc, data.length, offset));
        return this;
    }

    /** The central directory and end records; the archive's bytes. */
    public byte[] finish() {
        long directoryOffset = out.size();
        for (Entry e : entries) {
            out.u32(0x02014b50).u16(0).u16(0).u16(e.flags()).u16(0).u16(0).u16(0).u32(e.crc()).u32(e.size()).u32(e.size())
                    .u16(e.nameBytes().length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(e.offset()).bytes(e.nameBytes());
        }
        long directorySize = out.size() - directoryOffset;
        long zip64End = out.size();
        out.u32(0x06064b50).u64(44).u16(0x031e).u16(45).u32(0).u32(0)
                .u64(entries.size()).u64(entries.size()).u64(directorySize).u64(directoryOffset);
        out.u32(0x07064b50).u32(0).u64(zip64End).u32(1);
        out.u32(0x06054b50).u16(0).u16(0).u16(entries.size()).u16(entries.size())
                .u32(directorySize).u32(directoryOffset).u16(0);
        return out.toByteArray();
    }

    /** The records of a zip file, by name in directory order; only stored (uncompressed) records. */
    public static Map<String, byte[]> read(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65535; i--) {
            if (u32(zip, i) == 0x06054b50L) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw TorchException.runtime("PytorchStreamReader failed reading zip archive: failed finding central directory"
                    + " (not a file written by torch.save in its zip format)");
        }
        long count = u16(zip, end + 10);
        long directoryOffset = u32(zip, end + 16);
        if ((count == 0xFFFF || directoryOffset == 0xFFFFFFFFL) && end >= 20 && u32(zip, end - 20) == 0x07064b50L) {
            long zip64End = u64(zip, end - 20 + 8);
            count = u64(zip, (int) zip64End + 32);
            directoryOffset = u64(zip, (int) zip64End + 48);
        }
        Map<String, byte[]> records = new LinkedHashMap<>();
        int p = (int) directoryOffset;
        for (long n = 0; n < count; n++) {
            if (p + 46 > zip.length || u32(zip, p) != 0x02014b50L) {
                throw TorchException.runtime("PytorchStreamReader failed reading zip archive: bad central directory entry");
            }
            int method = u16(zip, p + 10);
            long size = u32(zip, p + 20);
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            long local = u32(zip, p + 42);
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            if (size == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
                throw TorchException.runtime("zip record " + name + " is larger than Torchlet reads (4 GiB)");
            }
            if (method != 0) {
                throw TorchException.runtime("zip record " + name + " is compressed (method " + method
                        + "); torch.save writes stored records, and Torchlet reads only those");
            }
            int data = (int) local + LOCAL_HEADER + u16(zip, (int) local + 26) + u16(zip, (int) local + 28);
            if (data + size > zip.length) {
                throw TorchException.runtime("zip record " + name + " runs past the end of the file (truncated?)");
            }
            byte[] bytes = new byte[(int) size];
            System.arraycopy(zip, data, bytes, 0, (int) size);
            records.put(name, bytes);
            p += 46 + nameLength + extraLength + commentLength;
        }
        return records;
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    static long u64(byte[] b, int i) {
        return u32(b, i) | u32(b, i + 4) << 32;
    }
}
