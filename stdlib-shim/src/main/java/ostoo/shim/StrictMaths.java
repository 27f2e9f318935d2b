package ostoo.shim;

/** The methods of {@code java.lang.StrictMath} that differ from Math's here: pow is fdlibm's, bit for bit. */
public final class StrictMaths {
    private StrictMaths() { }

    public static double pow(double a, double b) { return FdlibmPow.pow(a, b); }
}
