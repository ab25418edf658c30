package dev.torchlet.engine.io;

import java.nio.charset.StandardCharsets;

/** A growable little-endian byte buffer (no java.io, so it works the same in the browser build). */
final class ByteSink {
    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            byte[] larger = new byte[Math.max(bytes.length * 2, size + extra)];
            System.arraycopy(bytes, 0, larger, 0, size);
            bytes = larger;
        }
    }

    ByteSink u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    ByteSink u16(int value) {
        return u8(value).u8(value >>> 8);
    }

    ByteSink u32(long value) {
        return u16((int) value & 0xFFFF).u16((int) (value >>> 16) & 0xFFFF);
    }

    ByteSink u64(long value) {
        return u32(value & 0xFFFFFFFFL).u32(value >>> 32);
    }

    ByteSink bytes(byte[] data) {
        return bytes(data, 0, data.length);
    }

    ByteSink bytes(byte[] data, int from, int length) {
        ensure(length);
        System.arraycopy(data, from, bytes, size, length);
        size += length;
        return this;
    }

    ByteSink ascii(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toByteArray() {
        byte[] result = new byte[size];
        System.arraycopy(bytes, 0, result, 0, size);
        return result;
    }
}
