package ostoo.shim;

import ostoo.rt.Panic;
import ostoo.rt.annotation.NoReturn;

/**
 * The runtime errors of array code, with the JVM's messages: compiled array accesses and allocations
 * call these on their failure paths (the caller passes its {@code File.java:line:col}).
 */
public final class ArrayErrors {
    private ArrayErrors() { }

    @NoReturn
    public static void indexOutOfBounds(int index, int length, String location) {
        Panic.panic("java.lang.ArrayIndexOutOfBoundsException: Index " + index + " out of bounds for length " + length, location);
    }

    @NoReturn
    public static void negativeSize(int length, String location) {
        Panic.panic("java.lang.NegativeArraySizeException: " + length, location);
    }
}
