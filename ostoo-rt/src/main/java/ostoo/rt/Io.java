package ostoo.rt;

/**
 * Console output, ostoo-rt's {@code io} module: print/println/eprint/eprintln. Unbuffered like the seed:
 * every call writes at once (one {@code write} per 256 bytes of UTF-8), so stdout and stderr interleave
 * in program order and nothing is lost at exit. Strings are Latin-1 or UTF-16 inside and UTF-8 outside; a
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
    public static void newline(int fd) { write(fd, "", true); }

    /** Writes {@code s} ("null" for null) to {@code fd} as UTF-8. */
    public static void write(int fd, String s) { write(fd, s, false); }

    /**
     * Writes {@code s} ("null" for null) as UTF-8, then a newline if asked: one write per buffer, so one
     * for a short line. Each chunk is encoded leaving a byte free, so the newline always fits the last.
     */
    public static void write(int fd, String s, boolean newline) {
        if (s == null) s = "null";
        long b = buf();
        int used = encode(s, b, BUFFER_SIZE - 1, fd);
        if (newline) Mem.storeByte(b + used++, (byte) '\n');
        if (used > 0) out(fd, b, used);
    }

    /**
     * Writes one UTF-16 code unit as UTF-8 (a lone surrogate prints as {@code ?}): as a one-char UTF-16
     * string object kept in the buffer's spare tail, past what encoding fills (UTF-16 even for a char up to
     * 0xFF, unlike every other string: it is only encoded, never compared or handed out).
     */
    public static void writeChar(int fd, int c) {
        long unit = buf() + BUFFER_SIZE;
        Mem.storeInt(unit + Layout.STRING_LENGTH, 1);
        Mem.storeByte(unit + Layout.STRING_CODER, (byte) StringUnits.UTF16);
        Mem.storeChar(unit + Layout.STRING_CHARS, (char) c);
        write(fd, Mem.stringAt(unit), false);
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

    /**
     * The UTF-8 encoder of the runtime (console output and {@link CString#of}): encodes the chars of
     * {@code s} (Latin-1 or UTF-16, see {@link StringUnits}) into {@code buffer}, joining surrogate pairs and writing an unpaired
     * surrogate as {@code ?} (as the JVM's encoder does). Whenever fewer than 4 bytes of {@code room}
     * are left it writes the buffer out to {@code fd} and starts it again, so a sequence is never split
     * between two writes (a caller whose room cannot run out passes any fd). Returns the bytes left in
     * the buffer, at most {@code room}.
     */
    static int encode(String s, long buffer, long room, int fd) {
        long str = Mem.addressOf(s), chars = str + Layout.STRING_CHARS;
        int coder = Mem.loadByte(str + Layout.STRING_CODER), used = 0;
        for (long i = 0, length = Mem.loadInt(str + Layout.STRING_LENGTH); i < length; ) {
            if (used > room - 4) {
                out(fd, buffer, used);
                used = 0;
            }
            int c = coder == StringUnits.LATIN1 ? Mem.loadUnsignedByte(chars + i) : Mem.loadChar(chars + 2 * i);
            i++;
            // a surrogate pair (a surrogate is above 0xFF: only a UTF-16 string has one)
            if ((c >> 10) == 0x36 && i < length && (Mem.loadChar(chars + 2 * i) >> 10) == 0x37) {
                c = (c << 10) + Mem.loadChar(chars + 2 * i) - ((0xD800 << 10) + 0xDC00 - 0x10000);
                i++;
            }
            if ((c >> 11) == 0x1B) c = '?';   // still a surrogate: unpaired
            long at = buffer + used;
            if (c < 0x80) {
                Mem.storeByte(at, (byte) c);
                used++;
                continue;
            }
            int n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            for (int k = n - 1; k > 0; k--) {   // continuation bytes, last first: 10xxxxxx
                Mem.storeByte(at + k, (byte) (0x80 | (c & 0x3F)));
                c >>= 6;
            }
            Mem.storeByte(at, (byte) ((0xF00 >> n) | c));   // lead: n ones, a zero, the top bits
            used += n;
        }
        return used;
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
        if (buffer == 0) buffer = Mem.allocate(BUFFER_SIZE + Layout.STRING_CHARS + 8);   // + a spare tail for writeChar
        return buffer;
    }
}
