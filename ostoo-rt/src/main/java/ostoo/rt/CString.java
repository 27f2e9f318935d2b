package ostoo.rt;

/**
 * Java strings as C strings, for {@link ostoo.rt.annotation.CFunction} calls: {@link #of} makes a
 * NUL-terminated UTF-8 copy (from the program's allocator; like every allocation it is never freed) and
 * returns its address; {@link #read} decodes a C string back into a new Java String.
 */
public final class CString {
    private CString() { }

    /** A NUL-terminated UTF-8 copy of {@code s} (unpaired surrogates as {@code ?}); 0 (NULL) for null. */
    public static long of(String s) {
        if (s == null) return 0;
        long str = Mem.addressOf(s);
        int length = Mem.loadInt(str + Layout.STRING_LENGTH);
        long chars = str + Layout.STRING_CHARS;
        long out = Mem.allocate(3L * length + 1);   // a UTF-16 unit takes at most 3 UTF-8 bytes, a pair 4
        long at = out;
        for (int i = 0; i < length; ) {
            int c = Mem.loadChar(chars + 2L * i++);
            if (c >= 0xD800 && c <= 0xDBFF && i < length) {
                int low = Mem.loadChar(chars + 2L * i);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                    i++;
                }
            }
            at += Io.encode(at, c);
        }
        Mem.storeByte(at, (byte) 0);
        return out;
    }

    /** The C string at {@code p} decoded from UTF-8 (malformed bytes as U+FFFD); null for 0. */
    public static String read(long p) {
        return p == 0 ? null : Args.decode(p);
    }
}
