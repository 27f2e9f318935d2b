package ostoo.rt;

/**
 * The chars of a String object (see {@link Layout}), in one of two codings, as in JDK 9's compact strings
 * (JEP 254): {@link #LATIN1}, one byte per char, or {@link #UTF16}, two bytes per char (little-endian).
 * The coder is read and branched on here (and in the UTF-8 encoder, {@link Io#encode}, and decoder,
 * {@link Args#decode}); every other reader and writer of string chars, the runtime's and the shim's, goes
 * through these methods.
 *
 * <p>Every string is built in canonical form: Latin-1 exactly when all of its chars are at most 0xFF
 * (the compiler's literals, and each builder here and in the shim, decide at construction, as the JDK
 * does). So two strings with the same chars have the same length, coder and bytes, and {@link #same}
 * compares bytes. The loops load and store directly rather than through {@link #at}: without inlining
 * (-O1) an accessor per char would be a call per char.
 */
public final class StringUnits {
    private StringUnits() { }

    /** The coders; each is also the shift from a char index to its byte offset (and 1 + coder is a char's size). */
    public static final int LATIN1 = 0, UTF16 = 1;

    public static int length(String s) { return Mem.loadInt(Mem.addressOf(s) + Layout.STRING_LENGTH); }

    public static int coder(String s) { return Mem.loadByte(Mem.addressOf(s) + Layout.STRING_CODER); }

    /** The coder a string needs for a char {@code c}, or for the bitwise or of all of its chars. */
    public static int coderOf(int c) { return c > 0xFF ? UTF16 : LATIN1; }

    /** Char {@code i} of {@code s}, unchecked. */
    public static char at(String s, int i) {
        long p = Mem.addressOf(s);
        return Mem.loadByte(p + Layout.STRING_CODER) == LATIN1 ? (char) Mem.loadUnsignedByte(p + Layout.STRING_CHARS + i) : Mem.loadChar(p + Layout.STRING_CHARS + 2L * i);
    }

    /** Stores char {@code c} (which the string's coder can hold) at index {@code i} of the string being built at {@code s}. */
    public static void put(long s, int i, char c) {
        long chars = s + Layout.STRING_CHARS;
        if (Mem.loadByte(s + Layout.STRING_CODER) == LATIN1) Mem.storeByte(chars + i, (byte) c);
        else Mem.storeChar(chars + 2L * i, c);
    }

    /**
     * A new string object of {@code length} chars in {@code coder}, its chars still zero, rounded up to 8
     * bytes. Its address: the builder stores the chars, then makes it a String with {@link Mem#stringAt}.
     */
    public static long allocate(int length, int coder) {
        long s = Mem.allocate((Layout.STRING_CHARS + ((long) length << coder) + 7) & ~7L);
        Mem.storeInt(s + Layout.STRING_LENGTH, length);
        Mem.storeByte(s + Layout.STRING_CODER, (byte) coder);
        return s;
    }

    /**
     * A new string of {@code a[from .. from+n)}, Latin-1 when every one of those chars allows. The range
     * must lie within {@code a} (every caller checked it, with the JDK's message): it is read unchecked.
     */
    public static String of(char[] a, int from, int n) {
        long src = Mem.addressOf(a) + Layout.ARRAY_ELEMENTS + 2L * from, end = src + 2L * n;
        int all = 0;
        for (long p = src; p < end; p += 2) all |= Mem.loadChar(p);
        int coder = all > 0xFF ? UTF16 : LATIN1;
        long s = allocate(n, coder);
        for (long dst = s + Layout.STRING_CHARS; src < end; src += 2, dst += 1 + coder) {
            char c = Mem.loadChar(src);
            if (coder == LATIN1) Mem.storeByte(dst, (byte) c);
            else Mem.storeChar(dst, c);
        }
        return Mem.stringAt(s);
    }

    /** The coder of chars {@code [begin, begin+n)} of {@code s} on their own: a substring's. */
    public static int coderOf(String s, int begin, int n) {
        int all = 0;
        if (coder(s) == UTF16) for (int i = 0; i < n; i++) all |= Mem.loadChar(Mem.addressOf(s) + Layout.STRING_CHARS + 2L * (begin + i));
        return coderOf(all);
    }

    /**
     * Copies chars {@code [begin, begin+n)} of {@code from} to index {@code at} of the string being built at
     * {@code to}, whose coder must hold them; returns the index after them. In the same coding the bytes are
     * copied one by one (a word loop is faster but costs its bytes in every program that concatenates);
     * else each char widens (Latin-1 into UTF-16) or narrows (a UTF-16 range whose chars fit, into Latin-1).
     */
    public static int copy(String from, int begin, int n, long to, int at) {
        long f = Mem.addressOf(from);
        int fromCoder = Mem.loadByte(f + Layout.STRING_CODER), toCoder = Mem.loadByte(to + Layout.STRING_CODER);
        long src = f + Layout.STRING_CHARS + ((long) begin << fromCoder), dst = to + Layout.STRING_CHARS + ((long) at << toCoder);
        if (fromCoder == toCoder) {
            for (long k = 0, bytes = (long) n << toCoder; k < bytes; k++) Mem.storeByte(dst + k, Mem.loadByte(src + k));
        } else {
            for (long i = 0; i < n; i++) {
                int c = fromCoder == LATIN1 ? Mem.loadUnsignedByte(src + i) : Mem.loadChar(src + 2 * i);
                if (toCoder == LATIN1) Mem.storeByte(dst + i, (byte) c);
                else Mem.storeChar(dst + 2 * i, (char) c);
            }
        }
        return at + n;
    }

    /** {@code String.hashCode}: the JVM's {@code s[0]*31^(n-1) + ... + s[n-1]}. */
    public static int hash(String s) {
        long p = Mem.addressOf(s);
        int coder = Mem.loadByte(p + Layout.STRING_CODER), h = 0;
        for (long at = p + Layout.STRING_CHARS, end = at + ((long) Mem.loadInt(p + Layout.STRING_LENGTH) << coder); at < end; at += 1 + coder)
            h = 31 * h + (coder == LATIN1 ? Mem.loadUnsignedByte(at) : Mem.loadChar(at));
        return h;
    }

    /**
     * Whether two strings have the same chars: in canonical form, the same length, coder and bytes. The
     * length and the coder are compared as one word ({@link Layout}: the 3 bytes after the coder are 0).
     */
    public static boolean same(String a, String b) {
        long pa = Mem.addressOf(a), pb = Mem.addressOf(b);
        if (Mem.loadLong(pa + Layout.STRING_LENGTH) != Mem.loadLong(pb + Layout.STRING_LENGTH)) return false;
        for (long k = 0, bytes = (long) Mem.loadInt(pa + Layout.STRING_LENGTH) << Mem.loadByte(pa + Layout.STRING_CODER); k < bytes; k++)
            if (Mem.loadByte(pa + Layout.STRING_CHARS + k) != Mem.loadByte(pb + Layout.STRING_CHARS + k)) return false;
        return true;
    }
}
