package ostoo.shim;

import ostoo.rt.Panic;

/**
 * {@code Math}'s int and long methods ({@code Math.abs(Integer.MIN_VALUE)} is MIN_VALUE, as in Java);
 * the floating-point ones live elsewhere. The exact-arithmetic ones panic with the JDK's
 * ArithmeticException messages.
 */
public final class IntMath {
    private IntMath() { }

    public static int abs(int a) { return a < 0 ? -a : a; }
    public static long abs(long a) { return a < 0 ? -a : a; }
    public static int max(int a, int b) { return a >= b ? a : b; }
    public static long max(long a, long b) { return a >= b ? a : b; }
    public static int min(int a, int b) { return a <= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }

    /** The quotient rounded towards negative infinity ({@code /} by zero panics as {@code /} does). */
    public static int floorDiv(int x, int y) {
        int q = x / y;
        return (x ^ y) < 0 && q * y != x ? q - 1 : q;
    }
    public static long floorDiv(long x, long y) {
        long q = x / y;
        return (x ^ y) < 0 && q * y != x ? q - 1 : q;
    }
    public static long floorDiv(long x, int y) { return floorDiv(x, (long) y); }

    /** The remainder with the divisor's sign: {@code x - floorDiv(x, y) * y}. */
    public static int floorMod(int x, int y) {
        int m = x % y;
        return (m ^ y) < 0 && m != 0 ? m + y : m;
    }
    public static long floorMod(long x, long y) {
        long m = x % y;
        return (m ^ y) < 0 && m != 0 ? m + y : m;
    }
    public static int floorMod(long x, int y) { return (int) floorMod(x, (long) y); }

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) overflow("integer");
        return r;
    }
    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) overflow("long");
        return r;
    }
    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) overflow("integer");
        return r;
    }
    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) overflow("long");
        return r;
    }
    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) overflow("integer");
        return (int) r;
    }
    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if (x != 0 && (r / x != y || x == -1 && y == Long.MIN_VALUE)) overflow("long");
        return r;
    }
    public static long multiplyExact(long x, int y) { return multiplyExact(x, (long) y); }
    public static int negateExact(int a) { if (a == Integer.MIN_VALUE) overflow("integer"); return -a; }
    public static long negateExact(long a) { if (a == Long.MIN_VALUE) overflow("long"); return -a; }
    public static int incrementExact(int a) { if (a == Integer.MAX_VALUE) overflow("integer"); return a + 1; }
    public static long incrementExact(long a) { if (a == Long.MAX_VALUE) overflow("long"); return a + 1; }
    public static int decrementExact(int a) { if (a == Integer.MIN_VALUE) overflow("integer"); return a - 1; }
    public static long decrementExact(long a) { if (a == Long.MIN_VALUE) overflow("long"); return a - 1; }
    public static int toIntExact(long v) { if ((int) v != v) overflow("integer"); return (int) v; }
    public static int absExact(int a) { if (a == Integer.MIN_VALUE) Panic.panic("java.lang.ArithmeticException: Overflow to represent absolute value of Integer.MIN_VALUE", "Math.absExact"); return abs(a); }
    public static long absExact(long a) { if (a == Long.MIN_VALUE) Panic.panic("java.lang.ArithmeticException: Overflow to represent absolute value of Long.MIN_VALUE", "Math.absExact"); return abs(a); }

    private static void overflow(String kind) { Panic.panic("java.lang.ArithmeticException: " + kind + " overflow", "Math"); }
}
