package ostoo.shim;

import ostoo.rt.Panic;
import ostoo.rt.annotation.NoReturn;

/**
 * The runtime errors of array code, with the JVM's messages: compiled array accesses and allocations
 * call these on their failure paths (the caller passes its location packed: the file name and
 * {@code line << 16 | column}, see {@link Panic#panic(String, String, int)}).
 */
public final class ArrayErrors {
    private ArrayErrors() { }

    @NoReturn
    public static void indexOutOfBounds(int index, int length, String file, int lineColumn) {
        Panic.panic("java.lang.ArrayIndexOutOfBoundsException: Index " + index + " out of bounds for length " + length, file, lineColumn);
    }

    @NoReturn
    public static void negativeSize(int length, String file, int lineColumn) {
        Panic.panic("java.lang.NegativeArraySizeException: " + length, file, lineColumn);
    }
}
