package ostooc.backend.elf;

import java.io.ByteArrayOutputStream;

/** Little-endian output buffer for building ELF files; positions are file offsets. */
public final class ByteSink {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public int position() {
        return out.size();
    }

    public ByteSink u8(int v) {
        out.write(v);
        return this;
    }

    public ByteSink u16(int v) {
        return le(v, 2);
    }

    public ByteSink u32(long v) {
        return le(v, 4);
    }

    public ByteSink u64(long v) {
        return le(v, 8);
    }

    private ByteSink le(long v, int n) {
        for (int i = 0; i < n; i++) {
            out.write((int) (v >>> (8 * i)));
        }
        return this;
    }

    public ByteSink bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** Zero-pads up to file offset {@code pos} (which must not be behind). */
    public ByteSink padTo(long pos) {
        if (pos < out.size()) {
            throw new IllegalStateException("cannot pad backwards to " + pos + " from " + out.size());
        }
        while (out.size() < pos) {
            out.write(0);
        }
        return this;
    }

    public ByteSink align(int a) {
        return padTo(Elf.alignUp(out.size(), a));
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
