package ostoo.rt;

/**
 * The object layouts the compiler and the runtime agree on.
 *
 * <p><b>Every object</b> starts with an 8-byte header: the address of its class descriptor (0 only for
 * string literals and strings built before classes existed; such a header means {@code java.lang.String}).
 * Fields follow from offset 8, each aligned to its size, in declaration order, superclass fields first.
 *
 * <p><b>A String</b> is immutable and holds its chars inline, compact as in JDK 9 (JEP 254): one byte each
 * (Latin-1) when all of them are at most 0xFF, else two (UTF-16 code units); the coder byte says which
 * (0 Latin-1, 1 UTF-16: the shift from a char index to its byte offset). Every string is in this
 * canonical form, so equal strings have equal bytes; {@link StringUnits} reads and writes the chars.
 * <pre>
 *   +0  header (8)   +8  length in chars (i32)   +12  coder (u8)   +13  zero (3)   +16  chars (1 or 2 each)
 * </pre>
 * The 3 zero bytes make the word at +8 {@code length | coder << 32}, read whole by concatenation and
 * {@code equals}. The hash is not cached: literals are read-only. String literals (read-only data) are
 * byte-aligned and unpadded; objects on the heap are 8-aligned. Loads need no alignment on x86-64, and
 * only the identity hash of non-String objects reads address bits.
 *
 * <p><b>An array</b>: {@code +0 header (its array descriptor), +8 length (i32), +12 padding, +16 elements},
 * each element of its type's size (boolean/byte 1, short/char 2, int/float 4, long/double/reference 8).
 *
 * <p><b>A class descriptor</b> (read-only data named {@code <binary name>.class}, e.g. {@code Foo.class},
 * {@code [I.class}, {@code [Ljava.lang.String;.class}):
 * <pre>
 *   +0   super descriptor address (0 for java.lang.Object and interfaces)
 *   +8   name: address of a String literal (the binary name as Class.getName() prints it), or 0 in a
 *        program that never reads names (only ObjectMethods.name does)
 *   +16  kind (i32: 0 class, 1 interface, 2 array)   +20 depth in the class chain (i32)
 *   +24  component descriptor (arrays of references and arrays of arrays), or 0 (arrays of primitives, classes)
 *   +32  interface table: address of a 0-terminated list of (interface descriptor, itable address) pairs, or 0;
 *        an interface's lists its superinterfaces with itable 0 (for subtype tests between array components)
 *   +40  instance size in bytes (i64; arrays: element size; 0 only in java.lang.String.class)
 *   +48  vtable: one 8-byte function address per virtual method slot, inherited slots first; it ends after
 *        the last slot the program can call, so a slot that reached code never calls may lie past the end
 * </pre>
 */
public final class Layout {
    private Layout() { }

    public static final int HEADER = 0;
    public static final int STRING_LENGTH = 8;
    public static final int STRING_CODER = 12;
    public static final int STRING_CHARS = 16;

    public static final int ARRAY_LENGTH = 8;
    public static final int ARRAY_ELEMENTS = 16;

    public static final int CLASS_SUPER = 0;
    public static final int CLASS_NAME = 8;
    public static final int CLASS_KIND = 16;
    public static final int CLASS_DEPTH = 20;
    public static final int CLASS_COMPONENT = 24;
    public static final int CLASS_ITABLES = 32;
    public static final int CLASS_SIZE = 40;
    public static final int CLASS_VTABLE = 48;

    public static final int KIND_CLASS = 0, KIND_INTERFACE = 1, KIND_ARRAY = 2;

    /** Bytes needed for an array of {@code length} elements of {@code elementSize} bytes, rounded to 8. */
    public static long arraySize(int length, int elementSize) {
        return (ARRAY_ELEMENTS + (long) elementSize * length + 7) & ~7L;
    }
}
