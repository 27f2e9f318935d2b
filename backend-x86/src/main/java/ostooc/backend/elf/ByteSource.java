package ostooc.backend.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Bounds-checked little-endian reads from a file image; out-of-range reads are ElfFormatException, not garbage. */
final class ByteSource {
    private final ByteBuffer buf;
    private final String what;

    ByteSource(byte[] data, String what) {
        this.buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        this.what = what;
    }

    int size() {
        return buf.capacity();
    }

    int u8(long off) {
        check(off, 1);
        return buf.get((int) off) & 0xff;
    }

    int u16(long off) {
        check(off, 2);
        return buf.getShort((int) off) & 0xffff;
    }

    long u32(long off) {
        check(off, 4);
        return buf.getInt((int) off) & 0xffffffffL;
    }

    long u64(long off) {
        check(off, 8);
        return buf.getLong((int) off);
    }

    byte[] slice(long off, long len) {
        check(off, len);
        byte[] out = new byte[(int) len];
        buf.get((int) off, out);
        return out;
    }

    /** A NUL-terminated string starting at {@code off}. */
    String cstring(long off) {
        long end = off;
        while (u8(end) != 0) {
            end++;
        }
        return new String(slice(off, end - off), StandardCharsets.UTF_8);
    }

    private void check(long off, long len) {
        if (off < 0 || len < 0 || off + len > buf.capacity()) {
            throw new ElfFormatException(what + ": read of " + len + " bytes at " + off + " is outside the file");
        }
    }
}
