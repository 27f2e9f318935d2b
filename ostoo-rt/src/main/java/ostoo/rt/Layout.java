package ostoo.rt;

/**
 * The object layouts the compiler and the runtime agree on. Every object starts with an 8-byte header
 * word (its class descriptor; 0 until classes exist). A String is immutable and holds its UTF-16 code
 * units inline:
 * <pre>
 *   +0  header (8)   +8  length in chars (i32)   +12  hash (i32, 0 = not computed)   +16  chars (2 each)
 * </pre>
 * String literals are laid out this way in read-only data by the compiler.
 */
public final class Layout {
    private Layout() { }

    public static final int HEADER = 0;
    public static final int STRING_LENGTH = 8;
    public static final int STRING_HASH = 12;
    public static final int STRING_CHARS = 16;

    /** Bytes needed for a string of {@code length} chars, rounded to 8. */
    public static long stringSize(int length) {
        return (STRING_CHARS + 2L * length + 7) & ~7L;
    }
}
