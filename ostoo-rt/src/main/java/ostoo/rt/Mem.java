package ostoo.rt;

import ostoo.rt.annotation.Intrinsic;

/**
 * Raw memory access for the runtime and the standard library shim: Rust's raw pointers, with addresses as
 * {@code long}. Every method is a compiler intrinsic: a load or store of the given width, no checks.
 */
public final class Mem {
    private Mem() { }

    @Intrinsic public static native byte loadByte(long address);
    /** The byte at {@code address} zero-extended: a Latin-1 char, a UTF-8 byte. */
    @Intrinsic public static native int loadUnsignedByte(long address);
    @Intrinsic public static native short loadShort(long address);
    @Intrinsic public static native char loadChar(long address);
    @Intrinsic public static native int loadInt(long address);
    @Intrinsic public static native long loadLong(long address);

    @Intrinsic public static native void storeByte(long address, byte value);
    @Intrinsic public static native void storeShort(long address, short value);
    @Intrinsic public static native void storeChar(long address, char value);
    @Intrinsic public static native void storeInt(long address, int value);
    @Intrinsic public static native void storeLong(long address, long value);

    /** The address of a string object (see {@link Layout}); 0 for null. */
    @Intrinsic public static native long addressOf(String s);
    /** The address of any object (its header word); 0 for null. */
    @Intrinsic public static native long addressOf(Object o);
    /** The string object at {@code address} (0 gives null). */
    @Intrinsic public static native String stringAt(long address);
    /** {@code size} fresh zeroed bytes, 8-aligned, from the program's {@link ostoo.rt.annotation.GlobalAllocator}. */
    @Intrinsic public static native long allocate(long size);
}
