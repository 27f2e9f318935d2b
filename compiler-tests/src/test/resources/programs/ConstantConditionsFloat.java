/**
 * Issue 10, bug 1: conditionals whose condition is constant (true || z, z && false, !true, a final local)
 * over float and double values. A local read in the arm nothing reaches used to get an "undefined" value
 * built as iconst of a float type: invalid IR, an internal compiler error.
 */
public class ConstantConditionsFloat {
    static boolean z;
    static int calls;

    static boolean touch() { calls++; return z; }

    // the reduced cases of the issue
    static double f(double d) { return (true || z) ? d : 0.5; }
    float g(float x) { float r = 1.0f; if (z && false) r = x; return r; }

    static double conditionalArms(double a, double b) {
        double r = (false && z) ? a : b;
        r += (z || true) ? a : -b;
        r *= !true ? a : 2.0;
        return r;
    }

    static float ifStatements(float x, float y) {
        final boolean off = false;
        float r = x;
        if (off || z && false) r = y;
        if (!(true || touch())) r -= y; else r += 0.25f;
        if (z && !true) { r = y; r++; } else { r *= 3; }
        return r;
    }

    static double loops(double x) {
        double r = x;
        while (z && false) r = -r;
        for (int i = 0; (true || z) && i < 3; i++) r += 0.5;
        do { r /= 2; if (true || z) break; r = 0; } while (true);
        return r;
    }

    static float compoundOnDeadPaths(float x) {
        float r = x;
        if (false && touch()) { r += x; r--; r *= 7; r %= 2; }
        float s = (z && false) ? r++ : r;
        return r + s;
    }

    static double nested(double a, double b) {
        return (true || z) ? ((z && false) ? a : b) : (false ? a : b);
    }

    static float localConstants(float a, float b) {
        boolean yes = true;   // not a constant variable for javac, but a constant in the IR
        float r = yes ? a : b;
        if (!yes) r = b;
        return r;
    }

    public static void main(String[] args) {
        ConstantConditionsFloat o = new ConstantConditionsFloat();
        for (int round = 0; round < 2; round++) {
            System.out.println(f(2.5) + " " + o.g(3.5f));
            System.out.println(conditionalArms(1.5, -0.75));
            System.out.println(ifStatements(1.25f, 4f));
            System.out.println(loops(7.0));
            System.out.println(compoundOnDeadPaths(5.5f));
            System.out.println(nested(-0.0, 0.0) + " " + localConstants(1.5f, 2.5f));
            z = true;
        }
        System.out.println("calls " + calls);
    }
}
