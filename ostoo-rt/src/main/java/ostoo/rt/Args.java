package ostoo.rt;

/**
 * main's {@code String[] args} from the process's argc/argv (argv[0], the program, is not part of it, as
 * on the JVM). ostoo may start a process with argc 0: then args is empty. Arguments are decoded from
 * UTF-8 (the JVM's sun.jnu.encoding under a UTF-8 locale), malformed bytes as U+FFFD.
 */
public final class Args {
    private Args() { }

    public static String[] fromArgv(long argc, long argv) {
        int n = argc > 1 ? (int) (argc - 1) : 0;
        String[] args = new String[n];
        for (int i = 0; i < n; i++) args[i] = decode(Mem.loadLong(argv + 8L * (i + 1)));
        return args;
    }

    /** The 0-terminated UTF-8 string at {@code p} as a new String. */
    static String decode(long p) {
        long end = p;
        while (Mem.loadByte(end) != 0) end++;
        int units = 0;
        for (long q = p; q < end; ) {
            int c = next(q, end);
            q += c >>> 24;
            units += (c & 0xFFFFFF) >= 0x10000 ? 2 : 1;
        }
        long s = Mem.allocate(Layout.stringSize(units));
        Mem.storeInt(s + Layout.STRING_LENGTH, units);
        long at = s + Layout.STRING_CHARS;
        for (long q = p; q < end; ) {
            int c = next(q, end);
            q += c >>> 24;
            int cp = c & 0xFFFFFF;
            if (cp >= 0x10000) {
                Mem.storeChar(at, (char) (0xD800 + ((cp - 0x10000) >> 10)));
                Mem.storeChar(at + 2, (char) (0xDC00 + ((cp - 0x10000) & 0x3FF)));
                at += 4;
            } else {
                Mem.storeChar(at, (char) cp);
                at += 2;
            }
        }
        return Mem.stringAt(s);
    }

    /**
     * The code point starting at {@code q}, with its byte count in the top 8 bits. Malformed input gives
     * U+FFFD as Java's UTF-8 decoder does: one per bad lead byte or overlong start, one for a valid prefix
     * cut short (by a non-continuation byte or the end), one for an encoded surrogate.
     */
    private static int next(long q, long end) {
        int b0 = Mem.loadByte(q) & 0xFF;
        if (b0 < 0x80) return (1 << 24) | b0;
        int n = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 && b0 < 0xF0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
        if (n == 0) return (1 << 24) | 0xFFFD;
        int cp = b0 & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            if (q + k >= end) return (k << 24) | 0xFFFD;
            int b = Mem.loadByte(q + k) & 0xFF;
            if ((b & 0xC0) != 0x80) return (k << 24) | 0xFFFD;
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return (1 << 24) | 0xFFFD;   // overlong, too large
        if (cp >= 0xD800 && cp <= 0xDFFF) return (n << 24) | 0xFFFD;
        return (n << 24) | cp;
    }
}
