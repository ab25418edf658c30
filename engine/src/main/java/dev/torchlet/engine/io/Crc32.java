package dev.torchlet.engine.io;

/** The zip format's CRC-32 (IEEE polynomial, reflected), by table: java.util.zip is not in the browser build. */
final class Crc32 {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private Crc32() {
    }

    static long of(byte[] data) {
        int c = 0xFFFFFFFF;
        for (byte b : data) {
            c = TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        }
        return (c ^ 0xFFFFFFFF) & 0xFFFFFFFFL;
    }
}
