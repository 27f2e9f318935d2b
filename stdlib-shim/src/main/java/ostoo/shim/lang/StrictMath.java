package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.IntMath;
import ostoo.shim.JavaMath;
import ostoo.shim.StrictMaths;

/**
 * {@code java.lang.StrictMath}: fdlibm's results where they may differ from Math's ({@link StrictMaths}: pow,
 * exp, log, log10); the rest are Math's, which are exact. Not copySign: StrictMath's treats a NaN sign as
 * positive, Math's does not, and ostooc does not model NaN signs.
 */
@JdkClass("java.lang.StrictMath")
public final class StrictMath {
    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private StrictMath() { }

    public static int abs(int a) { return IntMath.abs(a); }
    public static long abs(long a) { return IntMath.abs(a); }
    public static int max(int a, int b) { return IntMath.max(a, b); }
    public static long max(long a, long b) { return IntMath.max(a, b); }
    public static int min(int a, int b) { return IntMath.min(a, b); }
    public static long min(long a, long b) { return IntMath.min(a, b); }
    public static int floorDiv(int x, int y) { return IntMath.floorDiv(x, y); }
    public static long floorDiv(long x, long y) { return IntMath.floorDiv(x, y); }
    public static long floorDiv(long x, int y) { return IntMath.floorDiv(x, y); }
    public static int floorMod(int x, int y) { return IntMath.floorMod(x, y); }
    public static long floorMod(long x, long y) { return IntMath.floorMod(x, y); }
    public static int floorMod(long x, int y) { return IntMath.floorMod(x, y); }
    public static int addExact(int x, int y) { return IntMath.addExact(x, y); }
    public static long addExact(long x, long y) { return IntMath.addExact(x, y); }
    public static int subtractExact(int x, int y) { return IntMath.subtractExact(x, y); }
    public static long subtractExact(long x, long y) { return IntMath.subtractExact(x, y); }
    public static int multiplyExact(int x, int y) { return IntMath.multiplyExact(x, y); }
    public static long multiplyExact(long x, long y) { return IntMath.multiplyExact(x, y); }
    public static long multiplyExact(long x, int y) { return IntMath.multiplyExact(x, y); }
    public static int negateExact(int a) { return IntMath.negateExact(a); }
    public static long negateExact(long a) { return IntMath.negateExact(a); }
    public static int incrementExact(int a) { return IntMath.incrementExact(a); }
    public static long incrementExact(long a) { return IntMath.incrementExact(a); }
    public static int decrementExact(int a) { return IntMath.decrementExact(a); }
    public static long decrementExact(long a) { return IntMath.decrementExact(a); }
    public static int toIntExact(long v) { return IntMath.toIntExact(v); }
    public static int absExact(int a) { return IntMath.absExact(a); }
    public static long absExact(long a) { return IntMath.absExact(a); }
    public static double sqrt(double a) { return JavaMath.sqrt(a); }
    public static double hypot(double x, double y) { return JavaMath.hypot(x, y); }
    public static double atan(double x) { return JavaMath.atan(x); }
    public static double atan2(double y, double x) { return JavaMath.atan2(y, x); }
    public static double abs(double a) { return JavaMath.abs(a); }
    public static float abs(float a) { return JavaMath.abs(a); }
    public static double min(double a, double b) { return JavaMath.min(a, b); }
    public static double max(double a, double b) { return JavaMath.max(a, b); }
    public static float min(float a, float b) { return JavaMath.min(a, b); }
    public static float max(float a, float b) { return JavaMath.max(a, b); }
    public static double floor(double a) { return JavaMath.floor(a); }
    public static double ceil(double a) { return JavaMath.ceil(a); }
    public static double rint(double a) { return JavaMath.rint(a); }
    public static long round(double a) { return JavaMath.round(a); }
    public static int round(float a) { return JavaMath.round(a); }
    public static double signum(double a) { return JavaMath.signum(a); }
    public static float signum(float a) { return JavaMath.signum(a); }
    public static double pow(double a, double b) { return StrictMaths.pow(a, b); }
    public static double exp(double x) { return StrictMaths.exp(x); }
    public static double log(double x) { return StrictMaths.log(x); }
    public static double log10(double x) { return StrictMaths.log10(x); }
}
