package ostoo.rt;

/**
 * Console output, ostoo-rt's {@code io} module: print/println/eprint/eprintln. Unbuffered like the seed:
 * every call writes at once (one {@code write} per 256 bytes of UTF-8), so stdout and stderr interleave
 * in program order and nothing is lost at exit. Strings are UTF-16 inside and UTF-8 outside; a
 * multi-byte sequence is never split across two writes (ostoo's console drops split sequences), and an
 * unpaired surrogate prints as {@code ?}, as the JVM's encoder does.
 *
 * <p>Every byte leaves through {@link #out}. In the libc tier that is musl's {@code write} after
 * {@code fflush(NULL)}: C code's stdio output (printf, fully buffered on ostoo, whose ioctl says "not a
 * tty") is flushed before each Java write, so C and Java output interleave in program order, while Java
 * output keeps the freestanding tier's behaviour (unbuffered, in order with stderr, nothing lost on a
 * fault) and the JVM's (System.out flushes every println). The alternative, Java output through
 * fwrite, would buffer it too but reorder it against stderr and lose it on a crash.
 */
public final class Io {
    private Io() { }

    private static final int BUFFER_SIZE = 256;
    private static long buffer;   // allocated on first use

    public static void print(String s) { write(1, s, false); }
    public static void println(String s) { write(1, s, true); }
    public static void eprint(String s) { write(2, s, false); }
    public static void eprintln(String s) { write(2, s, true); }

    /** Writes the byte {@code '\n'} to {@code fd}. */
    public static void newline(int fd) {
        long b = buf();
        Mem.storeByte(b, (byte) '\n');
        out(fd, b, 1);
    }

    /** Writes {@code s} ("null" for null) to {@code fd} as UTF-8. */
    public static void write(int fd, String s) { write(fd, s, false); }

    /** Writes {@code s} ("null" for null) as UTF-8, then a newline if asked: one write for a short line. */
    public static void write(int fd, String s, boolean newline) {
        if (s == null) s = "null";
        long str = Mem.addressOf(s);
        int length = Mem.loadInt(str + Layout.STRING_LENGTH);
        long chars = str + Layout.STRING_CHARS;
        long b = buf();
        int used = 0;
        int i = 0;
        while (i < length) {
            if (used > BUFFER_SIZE - 4) {   // room for the longest sequence
                out(fd, b, used);
                used = 0;
            }
            int c = Mem.loadChar(chars + 2L * i);
            i++;
            if (c >= 0xD800 && c <= 0xDBFF && i < length) {
                int low = Mem.loadChar(chars + 2L * i);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                    i++;
                }
            }
            used += encode(b + used, c);
        }
        if (newline) {
            if (used == BUFFER_SIZE) {
                out(fd, b, used);
                used = 0;
            }
            Mem.storeByte(b + used, (byte) '\n');
            used++;
        }
        if (used > 0) out(fd, b, used);
    }

    /** Writes one UTF-16 code unit as UTF-8 (a lone surrogate prints as {@code ?}). */
    public static void writeChar(int fd, int c) {
        long b = buf();
        out(fd, b, encode(b, c));
    }

    /** Writes {@code len} raw bytes at {@code address} to {@code fd}, retrying short writes. */
    public static void writeBytes(int fd, long address, long len) {
        while (len > 0) {
            long n = out(fd, address, len);
            if (n <= 0) return;
            address += n;
            len -= n;
        }
    }

    /** Encodes code point {@code c} as UTF-8 at {@code at}; returns the byte count. */
    static int encode(long at, int c) {
        if (c < 0x80) {
            Mem.storeByte(at, (byte) c);
            return 1;
        }
        if (c < 0x800) {
            Mem.storeByte(at, (byte) (0xC0 | (c >> 6)));
            Mem.storeByte(at + 1, (byte) (0x80 | (c & 0x3F)));
            return 2;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {   // unpaired surrogate
            Mem.storeByte(at, (byte) '?');
            return 1;
        }
        if (c < 0x10000) {
            Mem.storeByte(at, (byte) (0xE0 | (c >> 12)));
            Mem.storeByte(at + 1, (byte) (0x80 | ((c >> 6) & 0x3F)));
            Mem.storeByte(at + 2, (byte) (0x80 | (c & 0x3F)));
            return 3;
        }
        Mem.storeByte(at, (byte) (0xF0 | (c >> 18)));
        Mem.storeByte(at + 1, (byte) (0x80 | ((c >> 12) & 0x3F)));
        Mem.storeByte(at + 2, (byte) (0x80 | ((c >> 6) & 0x3F)));
        Mem.storeByte(at + 3, (byte) (0x80 | (c & 0x3F)));
        return 4;
    }

    /** One write of {@code n} bytes to {@code fd}; the count written, or a negative value on error. */
    private static long out(int fd, long address, long n) {
        if (Build.LIBC) {
            LibC.fflush(0);
            return LibC.write(fd, address, n);
        }
        return Sys.write(fd, address, n);
    }

    /** The scratch buffer used for encoding. */
    public static long buf() {
        if (buffer == 0) buffer = Mem.allocate(BUFFER_SIZE);
        return buffer;
    }
}
