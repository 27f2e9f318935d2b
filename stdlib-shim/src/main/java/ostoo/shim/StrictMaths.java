package ostoo.shim;

/**
 * The methods of {@code java.lang.StrictMath} that differ from Math's here: pow, exp, log and log10 are fdlibm's,
 * bit for bit (HotSpot's Math versions are other, nearly correctly rounded routines; see JavaMath).
 */
public final class StrictMaths {
    private StrictMaths() { }

    public static double pow(double a, double b) { return FdlibmPow.pow(a, b); }
    public static double exp(double x) { return FdlibmExpLog.exp(x); }
    public static double log(double x) { return FdlibmExpLog.log(x); }
    public static double log10(double x) { return FdlibmExpLog.log10(x); }
}
