/**
 * Issue 10, bug 1, beyond conditions: a check that always fails (a constant zero divisor, a null receiver, a
 * negative constant size) leaves the code after it in a block nothing reaches, where reading a float or
 * double local used to make an iconst of a float type (invalid IR). The methods are lowered (main calls
 * them behind z) but only the last division runs, ending in the JVM's ArithmeticException.
 */
public class DeadAfterPanic {
    static boolean z;
    static double division(double d, int i) { int zero = 0; int q = i / zero; return d + q; }
    static float nullReceiver(float f) { String s = null; int n = s.length(); return f + n; }
    static double negativeSize(double d) { int n = -1; double[] a = new double[n]; return d + a.length; }
    public static void main(String[] args) {
        if (z) System.out.println(division(1.5, 2) + " " + nullReceiver(2.5f) + " " + negativeSize(3.5));
        System.out.println("before");
        System.out.println(division(0.5, 3));
    }
}
