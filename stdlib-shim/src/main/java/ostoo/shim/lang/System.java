package ostoo.shim.lang;

import ostoo.rt.Env;
import ostoo.rt.Exit;
import ostoo.rt.Layout;
import ostoo.rt.Mem;
import ostoo.rt.Sys;
import ostoo.rt.annotation.InitOnFieldUse;
import ostoo.rt.annotation.JdkClass;
import ostoo.shim.ArrayCopy;
import ostoo.shim.ObjectMethods;

/**
 * {@code java.lang.System}: the standard streams as {@link PrintStream}s, exit, the environment, array copies, the
 * clock. The compiler still turns {@code System.out.println(x)} written as such into a direct print on fd 1 (the
 * same effect, without initialising this class), and its static methods do not initialise it either
 * ({@code @InitOnFieldUse}), so only a program that uses {@code System.out} as a value pays for these objects. On ostoo {@code clock_gettime} always answers 0: both clocks read 0 there.
 */
@JdkClass("java.lang.System")
@InitOnFieldUse
public final class System {
    public static final PrintStream out = new PrintStream(1);
    public static final PrintStream err = new PrintStream(2);

    private System() { }

    public static void exit(int status) { Exit.exit(status); }

    public static String getenv(String name) { return Env.getenv(name); }

    /** {@code System.lineSeparator()}: "\n" on Linux and ostoo. */
    public static String lineSeparator() { return "\n"; }

    public static int identityHashCode(Object o) { return o == null ? 0 : ObjectMethods.hashCode(o); }

    /** Milliseconds since the epoch, from {@code clock_gettime(CLOCK_REALTIME)}. */
    public static long currentTimeMillis() {
        long[] ts = new long[2];
        Sys.clockGettime(0, Mem.addressOf(ts) + Layout.ARRAY_ELEMENTS);
        return ts[0] * 1000 + ts[1] / 1000000;
    }

    /** Nanoseconds of {@code clock_gettime(CLOCK_MONOTONIC)}. */
    public static long nanoTime() {
        long[] ts = new long[2];
        Sys.clockGettime(1, Mem.addressOf(ts) + Layout.ARRAY_ELEMENTS);
        return ts[0] * 1000000000L + ts[1];
    }

    public static void arraycopy(int[] src, int srcPos, int[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
    public static void arraycopy(long[] src, int srcPos, long[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
    public static void arraycopy(short[] src, int srcPos, short[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
    public static void arraycopy(byte[] src, int srcPos, byte[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
    public static void arraycopy(char[] src, int srcPos, char[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
    public static void arraycopy(boolean[] src, int srcPos, boolean[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
    public static void arraycopy(double[] src, int srcPos, double[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
    public static void arraycopy(float[] src, int srcPos, float[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
    public static void arraycopy(Object[] src, int srcPos, Object[] dst, int dstPos, int length) { ArrayCopy.arraycopy(src, srcPos, dst, dstPos, length); }
}
