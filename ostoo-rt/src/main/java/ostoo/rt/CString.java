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
        long room = 3L * StringUnits.length(s) + 4;   // a unit takes at most 3 UTF-8 bytes, a pair 4: room never runs out
        long out = Mem.allocate(room);
        int used = Io.encode(s, out, room, 0);
        Mem.storeByte(out + used, (byte) 0);
        return out;
    }

    /** The C string at {@code p} decoded from UTF-8 (malformed bytes as U+FFFD); null for 0. */
    public static String read(long p) {
        return p == 0 ? null : Args.decode(p);
    }
}
